/**
 * The one message catalogue: every area contributes its own section, and all faces (task pane, functions,
 * command line, report) read from here.
 */
import { cliMessages } from "./messages/cli";
import { functionMessages } from "./messages/functions";
import { indicatorMessages } from "./messages/indicators";
import { reportMessages } from "./messages/report";
import { ruleMessages } from "./messages/rules";
import { templateMessages } from "./messages/template";
import { uiMessages } from "./messages/ui";

export const messages = {
  ...cliMessages,
  ...functionMessages,
  ...indicatorMessages,
  ...reportMessages,
  ...ruleMessages,
  ...templateMessages,
  ...uiMessages,
} as const;

export type MessageKey = keyof typeof messages;
