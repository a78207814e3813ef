import type { IndicatorId } from "../../indicators/catalogue";
import type { Bilingual } from "../text";

/**
 * Labels of the indicator catalogue, one per indicator. {ageThreshold} is the report's age threshold (55 by
 * default): fill it with `say(label, lang, { ageThreshold })`.
 */
export const indicatorMessages = {
  "indicator.members": { vi: "Số thành viên", en: "Members" },
  "indicator.formerMembers": {
    vi: "Đã rời CLB (đã mất, chuyển đi…)",
    en: "Left the club (died, moved away…)",
  },
  "indicator.women": { vi: "Thành viên nữ", en: "Women" },
  "indicator.men": { vi: "Thành viên nam", en: "Men" },
  "indicator.genderUnknown": { vi: "Chưa rõ giới tính", en: "Gender unknown" },
  "indicator.womenShare": { vi: "Tỷ lệ nữ", en: "Share of women" },
  "indicator.kinh": { vi: "Dân tộc Kinh", en: "Kinh" },
  "indicator.ethnicMinority": { vi: "Dân tộc thiểu số", en: "Ethnic minority" },
  "indicator.ethnicityUnknown": { vi: "Chưa rõ dân tộc", en: "Ethnic group unknown" },
  "indicator.ethnicMinorityShare": {
    vi: "Tỷ lệ dân tộc thiểu số",
    en: "Share of ethnic minority members",
  },
  "indicator.olderMembers": {
    vi: "Từ {ageThreshold} tuổi trở lên",
    en: "Aged {ageThreshold} and over",
  },
  "indicator.youngerMembers": { vi: "Dưới {ageThreshold} tuổi", en: "Under {ageThreshold}" },
  "indicator.ageUnknown": { vi: "Chưa rõ tuổi", en: "Age unknown" },
  "indicator.olderShare": {
    vi: "Tỷ lệ từ {ageThreshold} tuổi trở lên",
    en: "Share aged {ageThreshold} and over",
  },
  "indicator.youngerShare": {
    vi: "Tỷ lệ dưới {ageThreshold} tuổi",
    en: "Share under {ageThreshold}",
  },
  "indicator.ageUnder55": { vi: "Dưới 55 tuổi", en: "Under 55" },
  "indicator.age55to59": { vi: "Từ 55 đến 59 tuổi", en: "Aged 55 to 59" },
  "indicator.age60to69": { vi: "Từ 60 đến 69 tuổi", en: "Aged 60 to 69" },
  "indicator.age70to79": { vi: "Từ 70 đến 79 tuổi", en: "Aged 70 to 79" },
  "indicator.age80AndOver": { vi: "Từ 80 tuổi trở lên", en: "Aged 80 and over" },
  "indicator.legalElderly": {
    vi: "Người cao tuổi (từ 60 tuổi trở lên)",
    en: "Older people (aged 60 and over)",
  },
  "indicator.legalElderlyShare": {
    vi: "Tỷ lệ người cao tuổi (từ 60 tuổi trở lên)",
    en: "Share of older people (aged 60 and over)",
  },
  "indicator.poor": { vi: "Thuộc hộ nghèo", en: "Poor households" },
  "indicator.nearPoor": { vi: "Thuộc hộ cận nghèo", en: "Near-poor households" },
  "indicator.hardship": { vi: "Có hoàn cảnh khó khăn", en: "In hardship" },
  "indicator.povertyUnknown": {
    vi: "Chưa rõ hoàn cảnh kinh tế",
    en: "Household status unknown",
  },
  "indicator.poorShare": { vi: "Tỷ lệ thuộc hộ nghèo", en: "Share from poor households" },
  "indicator.nearPoorShare": {
    vi: "Tỷ lệ thuộc hộ cận nghèo",
    en: "Share from near-poor households",
  },
  "indicator.disadvantaged": {
    vi: "Nghèo, cận nghèo hoặc có hoàn cảnh khó khăn",
    en: "Poor, near-poor or in hardship",
  },
  "indicator.disadvantagedShare": {
    vi: "Tỷ lệ nghèo, cận nghèo hoặc có hoàn cảnh khó khăn",
    en: "Share poor, near-poor or in hardship",
  },
  "indicator.boardMembers": { vi: "Thành viên Ban chủ nhiệm", en: "Board members" },
  "indicator.womenOnBoards": { vi: "Nữ trong Ban chủ nhiệm", en: "Women on the board" },
  "indicator.borrowers": { vi: "Thành viên được vay vốn", en: "Members with a loan" },
  "indicator.loanTotal": { vi: "Tổng số tiền cho vay (đồng)", en: "Total lent (VND)" },
  "indicator.contributionTotal": {
    vi: "Tổng số tiền đóng góp (đồng)",
    en: "Total contributions (VND)",
  },
  "indicator.clubs": { vi: "Số câu lạc bộ", en: "Clubs" },
  "indicator.membersPerClub": {
    vi: "Bình quân thành viên mỗi câu lạc bộ",
    en: "Members per club",
  },
  "indicator.fundsPerClub": {
    vi: "Bình quân tiền đóng góp mỗi câu lạc bộ (đồng)",
    en: "Contributions per club (VND)",
  },
  "indicator.loanPerBorrower": {
    vi: "Bình quân tiền vay mỗi thành viên vay (đồng)",
    en: "Loan per borrower (VND)",
  },
  "indicator.planned": { vi: "Số câu lạc bộ theo kế hoạch", en: "Clubs planned" },
  "indicator.planRate": {
    vi: "Tỷ lệ hoàn thành kế hoạch thành lập câu lạc bộ",
    en: "Club plan completion",
  },
  "indicator.plannedFunds": {
    vi: "Số tiền huy động theo kế hoạch (đồng)",
    en: "Funds planned (VND)",
  },
  "indicator.fundsPlanRate": {
    vi: "Tỷ lệ hoàn thành kế hoạch huy động vốn",
    en: "Funds plan completion",
  },
} satisfies Record<`indicator.${IndicatorId}`, Bilingual>;
