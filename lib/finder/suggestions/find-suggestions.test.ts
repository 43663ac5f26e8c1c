import { describe, expect, it } from "vitest";
import { sliceByCodePoints } from "@/lib/arabic/codepoints";
import { findSuggestions } from "./find-suggestions";

function kindsOf(text: string, names: string[] = []): string[] {
  const [suggestion] = findSuggestions(text, { names });
  return suggestion ? [...new Set(suggestion.reasons.map((r) => r.kind))] : [];
}

describe("suggestion reasons", () => {
  it("gives figures, quantities and currencies in both digit systems and in words", () => {
    expect(kindsOf("ارتفع معدل التضخم إلى 35.7 في المئة خلال فبراير.")).toContain("figure");
    expect(kindsOf("خصصت الحكومة ٤٥٠ مليون دينار لدعم الخبز.")).toContain("figure");
    expect(kindsOf("قُتل ثلاثة جنود في انفجار عبوة ناسفة.")).toContain("figure");
    expect(kindsOf("يعيش نحو ثلث السكان تحت خط الفقر، بحسب البنك الدولي.")).toContain("quantity");
  });

  it("gives dates, years and times", () => {
    expect(kindsOf("وُقّع الاتفاق في 17 ديسمبر 2015 برعاية الأمم المتحدة.")).toContain("date");
    expect(kindsOf("انسحبت القوات من القاعدة في أغسطس 2021.")).toContain("date");
    expect(kindsOf("أُجريت أول انتخابات تعددية عام 1990 في البلاد.")).toContain("date");
  });

  it("gives attribution for verbs in any person and for بحسب/وفق/نقلاً عن", () => {
    expect(kindsOf("نفى الجيش أن تكون طائراته قصفت المستشفى.")).toContain("attribution");
    expect(kindsOf("يقولون إن المساعدات لم تصل إلى القرى.")).toContain("attribution");
    expect(kindsOf("بحسب مصادر محلية، سيطرت القوات على المدينة.")).toContain("attribution");
    expect(kindsOf("نقلت رويترز عن مسؤولين أن الاتفاق يشمل الأسرى.")).toContain("attribution");
  });

  it("gives quotes, comparisons, concrete events and names the workspace knows", () => {
    expect(kindsOf('قال الوزير: "لم نرفع سعر الخبز منذ عشر سنوات".')).toContain("quote");
    expect(kindsOf("سجّلت الليرة أدنى مستوى لها على الإطلاق أمام الدولار.")).toContain("comparison");
    expect(kindsOf("أصدرت المحكمة حكماً بسجن الرئيس السابق.")).toContain("event");
    expect(kindsOf("زارت اللجنة الوطنية المدينة أمس لتفقد الأضرار.", ["اللجنة الوطنية"])).toContain("entity");
  });

  it("suggests factual sentences with a score and offsets in code points", () => {
    const text = "😀 مقدمة قصيرة. قالت وزارة الصحة إن 12 شخصاً قُتلوا.";
    const [suggestion] = findSuggestions(text);
    expect(suggestion.quote).toBe("قالت وزارة الصحة إن 12 شخصاً قُتلوا.");
    expect(sliceByCodePoints(text, suggestion.start, suggestion.end)).toBe(suggestion.quote);
    expect(suggestion.score).toBeGreaterThan(0.9);
    const figure = suggestion.reasons.find((r) => r.kind === "figure")!;
    expect(sliceByCodePoints(text, figure.start, figure.end)).toBe("12");
  });
});

describe("suggestion penalties", () => {
  const notSuggested = [
    ["opinion", "نعتقد أن هذه الخطوة ستفتح صفحة جديدة في العلاقات."],
    ["attributed opinion", "قال الوزير إنه متفائل بمستقبل الاقتصاد."],
    ["hope", "نأمل أن تعود الحياة إلى طبيعتها في أقرب وقت."],
    ["question", "هل تنجح الحكومة الجديدة في إخراج البلاد من أزمتها؟"],
    ["thanks", "نشكر جميع الفرق التي ساهمت في إنجاح هذا الحدث."],
    ["exhortation", "دعا الأمين العام جميع الأطراف إلى ضبط النفس."],
    ["promise", "أكد الوزير أن الحكومة ستعمل على خفض الأسعار."],
    ["scene", "ساد الهدوء الحذر شوارع المدينة صباح اليوم."],
  ];
  it.each(notSuggested)("does not suggest %s", (_, text) => {
    expect(findSuggestions(text)).toEqual([]);
  });

  it("names the penalty among the reasons when it still suggests", () => {
    const [suggestion] = findSuggestions("قال الوزير إن البطالة انخفضت إلى 9 في المئة، ونأمل أن تنخفض أكثر.");
    expect(suggestion.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(["attribution", "figure", "hope"]));
  });

  it("judges a long sentence clause by clause", () => {
    const filler = "وسط أجواء من الترقب والانتظار الطويل في الشوارع والساحات العامة للمدينة القديمة";
    const text = `${filler} ${filler} ${filler}، وقالت الشرطة إن 40 شخصاً اعتُقلوا.`;
    const [suggestion] = findSuggestions(text);
    expect(suggestion.quote).toBe("وقالت الشرطة إن 40 شخصاً اعتُقلوا.");
  });
});
