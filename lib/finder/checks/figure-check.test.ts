import { describe, expect, it } from "vitest";
import { findChecks } from "./find-checks";

const figures = (text: string) =>
  findChecks(text).filter((f) => f.kind === "figure_mismatch" || f.kind === "figures_differ");

describe("figure_mismatch", () => {
  it("flags the same count given twice with two values, on the later mention, naming the earlier", () => {
    const text = "قُتل 12 شخصاً في انفجار وسط المدينة. وأكد مسؤول محلي أن 14 شخصاً قُتلوا في الانفجار.";
    const [finding] = figures(text);
    expect(finding).toMatchObject({ kind: "figure_mismatch", quote: "14 شخصاً قُتلوا" });
    expect(finding.details).toMatchObject({ concept: "killed", value: 14, other: { quote: "قُتل 12 شخصاً", value: 12 } });
  });

  it("recognises the count from nouns, verbs and idioms in all their forms", () => {
    expect(figures("لقي خمسة عمال مصرعهم. وقالت النيابة إن ستة عمال لقوا مصرعهم.")).toHaveLength(1);
    expect(figures("أُصيب 30 شخصاً في التدافع. وكان 13 شخصاً قد أصيبوا في التدافع.")).toHaveLength(1);
    expect(figures("أعلنت الوزارة توقيف 27 شخصاً. وأضافت أن الموقوفين الـ 72 سيُحالون إلى القضاء.")).toHaveLength(1);
    expect(figures("أودى الحريق بحياة 9 أشخاص. وقال الدفاع المدني إن ثمانية أشخاص لقوا حتفهم.")).toHaveLength(1);
    expect(
      figures("بلغت نسبة المشاركة 41 في المئة. وقالت الهيئة إن نسبة المشاركة بلغت 44 في المئة.")[0].details,
    ).toMatchObject({
      concept: "phrase",
      phrase: "نسبة المشاركة",
    });
  });

  it("does not flag the same value written in other digits or in words", () => {
    expect(figures("قُتل 12 شخصاً. وقال مسؤول إن اثني عشر شخصاً قُتلوا.")).toEqual([]);
    expect(figures("توفي ٧ أشخاص. وأضافت الوزارة أن 7 أشخاص توفوا.")).toEqual([]);
    expect(figures("أسفر الزلزال عن مقتل ثلاثة آلاف شخص. وقالت الأمم المتحدة إن 3000 شخص قُتلوا.")).toEqual([]);
    expect(figures("أصيب 2.5 مليون شخص. وقالت الوزارة إن مليونين ونصف المليون شخص أصيبوا.")).toEqual([]);
  });

  it("does not compare different things: groups, others, parts, updates, bounds, places and periods", () => {
    expect(figures("قُتل 3 جنود في الهجوم. وقُتل 5 مدنيين في القصف.")).toEqual([]);
    expect(figures("قُتل 5 جنود في هجوم. وفي هجوم منفصل، قُتل 3 جنود آخرون.")).toEqual([]);
    expect(figures("قُتل 20 شخصاً في الهجوم، بينهم 7 أطفال. وقال مسؤول إن 20 شخصاً قُتلوا.")).toEqual([]);
    expect(figures("قُتل 10 أشخاص. وأعلنت الوزارة في وقت لاحق ارتفاع عدد القتلى إلى 14.")).toEqual([]);
    expect(figures("قُتل 60 شخصاً على الأقل. وقال مسؤول إن 72 شخصاً قُتلوا.")).toEqual([]);
    expect(figures("اعتُقل 50 شخصاً في العاصمة. وفي مدينة أخرى، اعتُقل 20 شخصاً.")).toEqual([]);
    expect(figures("قُتل 4 مدنيين في حلب، فيما قُتل 6 مدنيين في إدلب.")).toEqual([]);
    expect(figures("قُتل 340 شخصاً العام الماضي. وقُتل 45 شخصاً في الحوادث.")).toEqual([]);
  });
});

describe("figures_differ and attribution grouping", () => {
  it("makes two different named sources a note that names both", () => {
    const [finding] = figures("قالت وزارة الصحة إن 25 شخصاً قُتلوا. في المقابل، قال الدفاع المدني إن 31 شخصاً قُتلوا.");
    expect(finding.kind).toBe("figures_differ");
    expect(finding.details).toMatchObject({ source: "الدفاع المدني", other: { source: "وزارة الصحة", value: 25 } });
  });

  it("compares contrasted sources within one sentence", () => {
    const text = "أعلنت الحكومة اعتقال 200 شخص، بينما قالت منظمة العفو الدولية إن 450 شخصاً اعتُقلوا.";
    expect(figures(text)[0]).toMatchObject({ kind: "figures_differ" });
  });

  it("groups a source with its short name, its spokesperson and a later 'it added'", () => {
    expect(figures("قالت وزارة الصحة إن 7 أشخاص توفوا. وأضافت الوزارة أن 9 أشخاص توفوا.")[0].kind).toBe(
      "figure_mismatch",
    );
    expect(figures("قُتل 36 شخصاً بحسب الحماية المدنية. وقال مسؤول في الحماية المدنية إن 38 شخصاً قُتلوا.")[0].kind).toBe(
      "figure_mismatch",
    );
    expect(figures("قالت الشرطة إن 4 أشخاص قُتلوا. وأضافت أن 5 أشخاص قُتلوا.")[0].kind).toBe("figure_mismatch");
  });

  it("reads the speaker before the verb and after أما", () => {
    expect(figures("قال الجيش إن 3 جنود قُتلوا. غير أن مصادر قبلية أكدت مقتل 7 جنود.")[0].kind).toBe("figures_differ");
    expect(
      figures("قدّرت الشرطة عدد المشاركين بـ 5 آلاف شخص. أما المنظمون فقالوا إن عدد المشاركين بلغ 30 ألف شخص.")[0].kind,
    ).toBe("figures_differ");
  });
});
