export { cleanText, type CleanText } from "./clean-text";
export { foldKey } from "./fold";
export { detectLegacy, legacyToUnicode, type LegacyEncoding } from "./legacy";
export { isVietnameseSyllable } from "./syllable";
export { tcvn3ToUnicode, unicodeToTcvn3 } from "./tcvn3";
export { unicodeToVni, vniToUnicode } from "./vni";
