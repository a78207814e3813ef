/** The corpus: the twelve layouts the reader is written against, and the six held out to estimate it on unseen ones. */
import type { Layout } from "./layout";
import { bacKanVni3Row } from "./layouts/bac-kan-vni-3row";
import { binhDinhImportSpouse } from "./layouts/binh-dinh-import-spouse";
import { dakLakCodedGender } from "./layouts/dak-lak-coded-gender";
import { haGiangPovertyGroups } from "./layouts/ha-giang-poverty-groups";
import { quangNamTwoTables } from "./layouts/quang-nam-two-tables";
import { vinhPhucTrongDoMarks } from "./layouts/vinh-phuc-trong-do-marks";
import { anGiangKhmerSummary } from "./layouts/an-giang-khmer-summary";
import { haNoiPlainCodes } from "./layouts/ha-noi-plain-codes";
import { hoaBinhSplitName } from "./layouts/hoa-binh-split-name";
import { konTumMinorityMark } from "./layouts/kon-tum-minority-mark";
import { laiChauLabour3Row } from "./layouts/lai-chau-labour-3row";
import { laoCaiClubsOneSheet } from "./layouts/lao-cai-clubs-one-sheet";
import { namDinhVoterMarks } from "./layouts/nam-dinh-voter-marks";
import { ngheAnTcvn3 } from "./layouts/nghe-an-tcvn3";
import { quangTriSplitYear } from "./layouts/quang-tri-split-year";
import { sonLaD03CodeRow } from "./layouts/son-la-d03-coderow";
import { thaiNguyenMarksNfd } from "./layouts/thai-nguyen-marks-nfd";
import { thanhHoaVni } from "./layouts/thanh-hoa-vni";

export const MAIN_LAYOUTS: readonly Layout[] = [
  namDinhVoterMarks,
  laiChauLabour3Row,
  sonLaD03CodeRow,
  hoaBinhSplitName,
  quangTriSplitYear,
  ngheAnTcvn3,
  thanhHoaVni,
  laoCaiClubsOneSheet,
  haNoiPlainCodes,
  thaiNguyenMarksNfd,
  konTumMinorityMark,
  anGiangKhmerSummary,
];

/** From other provinces, other software and other noise than the main twelve; only their scores are shown. */
export const HELDOUT_LAYOUTS: readonly Layout[] = [
  haGiangPovertyGroups,
  dakLakCodedGender,
  bacKanVni3Row,
  quangNamTwoTables,
  binhDinhImportSpouse,
  vinhPhucTrongDoMarks,
];
