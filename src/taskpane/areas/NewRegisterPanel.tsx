import * as React from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { buildRegisterTemplate, TEMPLATE_ROWS, TEMPLATE_SHEET } from "../../core/template";
import { today } from "../../core/values/day-date";
import { writeTemplate } from "../../excel/template-writer";
import { inExcel } from "../../excel/workbook";
import { hostErrorText } from "../host-errors";
import { LangContext, useT } from "../i18n";

type Outcome =
  | { readonly kind: "idle" }
  | { readonly kind: "creating" }
  | { readonly kind: "created"; readonly sheet: string }
  | { readonly kind: "failed"; readonly reason: string };

/**
 * "Tạo danh sách mới": asks for the club and its commune, then adds the standard register (core/template) as new
 * sheets — never replacing one — and offers it to the picker, so that once filled it is read like any register.
 */
export function NewRegisterPanel(props: {
  inOffice: boolean;
  onCreated: (sheet: string) => void;
}): React.JSX.Element {
  const t = useT();
  const lang = React.useContext(LangContext);
  const [club, setClub] = React.useState("");
  const [commune, setCommune] = React.useState("");
  const [splitBirth, setSplitBirth] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: "idle" });
  const { onCreated } = props;

  const create = React.useCallback(async () => {
    setOutcome({ kind: "creating" });
    const template = buildRegisterTemplate({
      lang,
      currentYear: today().year,
      birth: splitBirth ? "split" : "year",
      club,
      commune,
    });
    try {
      const names = await inExcel((context) => writeTemplate(context, template));
      setOutcome({ kind: "created", sheet: names[TEMPLATE_SHEET] });
      onCreated(names[TEMPLATE_SHEET]);
    } catch (error) {
      setOutcome({ kind: "failed", reason: hostErrorText(error, t) });
    }
  }, [lang, splitBirth, club, commune, onCreated, t]);

  // A form: Enter in either field creates the register, as the button does.
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (props.inOffice && outcome.kind !== "creating") void create();
  };
  const creating = outcome.kind === "creating";

  return (
    <form onSubmit={submit}>
      <Caption1 block>{t("ui.newRegister.about")}</Caption1>
      <Field label={t("ui.newRegister.club")}>
        <Input value={club} onChange={(_, data) => setClub(data.value)} />
      </Field>
      <Field label={t("ui.newRegister.commune")}>
        <Input value={commune} onChange={(_, data) => setCommune(data.value)} />
      </Field>
      <Checkbox
        label={t("ui.newRegister.splitBirth")}
        checked={splitBirth}
        onChange={(_, data) => setSplitBirth(data.checked === true)}
      />
      {/* While the sheets are written the button stays where it was, focusable: a keyboard user keeps the place. */}
      <Button
        type="submit"
        disabled={!props.inOffice}
        disabledFocusable={creating}
        icon={creating ? <Spinner size="tiny" /> : undefined}
      >
        {creating ? t("ui.newRegister.creating") : t("ui.newRegister.create")}
      </Button>
      {outcome.kind === "created" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("ui.newRegister.done", { sheet: outcome.sheet, rows: TEMPLATE_ROWS })}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{t("ui.newRegister.failed", { reason: outcome.reason })}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
