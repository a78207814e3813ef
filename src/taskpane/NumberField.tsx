/**
 * A count typed as text: whatever is typed stays in the field (select-all + "60", Backspace), and a value that is
 * not a whole number in range is explained under the field instead of being silently ignored.
 */
import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { useT } from "./i18n";
import { wholeNumber } from "./settings";

export function numberProblem(
  text: string,
  min?: number,
  max?: number
): {
  key: "ui.number.notWhole" | "ui.number.outOfRange";
  params: Record<string, string | number>;
} | null {
  if (text.trim() === "") return null;
  const n = wholeNumber(text);
  if (n === null) return { key: "ui.number.notWhole", params: { text: text.trim() } };
  if ((min !== undefined && n < min) || (max !== undefined && n > max))
    return { key: "ui.number.outOfRange", params: { min: min ?? 0, max: max ?? n } };
  return null;
}

export function NumberField(props: {
  label: string;
  text: string;
  onText: (text: string) => void;
  min?: number;
  max?: number;
}): React.JSX.Element {
  const t = useT();
  const problem = numberProblem(props.text, props.min, props.max);
  return (
    <Field
      label={props.label}
      validationState={problem ? "error" : "none"}
      validationMessage={problem ? t(problem.key, problem.params) : undefined}
    >
      <Input
        inputMode="numeric"
        value={props.text}
        onChange={(_, data) => props.onText(data.value)}
      />
    </Field>
  );
}
