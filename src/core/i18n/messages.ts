/**
 * The one message catalogue: every area contributes its own section, and all faces (task pane, functions,
 * command line, report) read from here.
 */
import { functionMessages } from "./messages/functions";
import { indicatorMessages } from "./messages/indicators";
import { ruleMessages } from "./messages/rules";
import { uiMessages } from "./messages/ui";

export const messages = {
  ...functionMessages,
  ...indicatorMessages,
  ...ruleMessages,
  ...uiMessages,
} as const;

export type MessageKey = keyof typeof messages;
