export {
  clubNorms,
  NORM_MEASURES,
  type ClubNorms,
  type NormFigure,
  type NormMeasure,
  type NormStatus,
} from "./club-norms";
