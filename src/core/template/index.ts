export {
  buildRegisterTemplate,
  TEMPLATE_ROWS,
  TEMPLATE_SHEET,
  type TemplateOptions,
} from "./build-template";
export { catalogueSheet, CATALOGUE_SHEET, type ListId } from "./catalogue-sheet";
export type { BirthLayout } from "./columns";
export type { ColumnValidation, RegisterTemplate, TableSpec, ValidationRule } from "./layout";
