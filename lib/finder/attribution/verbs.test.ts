import { describe, expect, it } from "vitest";
import { foldArabic } from "@/lib/arabic/normalize";
import { attributionVerbOf } from "./verbs";

const isVerb = (word: string) => attributionVerbOf(foldArabic(word)) !== null;

describe("attribution verbs", () => {
  it("knows every person, number and gender of قال in the past and the present", () => {
    const forms =
      "قال قالت قالا قالتا قالوا قلن قلتُ قلتَ قلتِ قلنا قلتم قلتما قلتن يقول تقول يقولان تقولان يقولون يقلن تقولين نقول أقول";
    for (const form of forms.split(" ")) expect(isVerb(form), form).toBe(true);
  });

  it("knows the weak-final, hollow and hamzated verbs with and without their hamza", () => {
    for (const form of "نفى نفت نفوا نفيا ينفي تنفي ينفون نفينا أكد أكدت يؤكد يوكد تؤكد أكدوا أفاد أفادت يفيد أفدنا أشار أشارت يشيرون أعلن أعلنّا يعلنون كشفت يكشف اتهم تتهم زعمت".split(
      " ",
    )) {
      expect(isVerb(form), form).toBe(true);
    }
  });

  it("takes a leading و or ف, and refuses the words that are more often something else", () => {
    expect(isVerb("وقالت")).toBe(true);
    expect(isVerb("فأكد")).toBe(true);
    for (const word of ["بين", "قدر", "الوزارة", "مقال", "قائل"]) expect(isVerb(word), word).toBe(false);
  });
});
