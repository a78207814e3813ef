/**
 * The one message catalogue: every area contributes its own section, and all faces (task pane, functions,
 * command line, report) read from here.
 */
import { cliMessages } from "./messages/cli";
import { functionMessages } from "./messages/functions";
import { indicatorMessages } from "./messages/indicators";
import { paneMessages } from "./messages/pane";
import { reportMessages } from "./messages/report";
import { ruleMessages } from "./messages/rules";
import { templateMessages } from "./messages/template";
import { uiMessages } from "./messages/ui";
import { uiWorkMessages } from "./messages/ui-work";

export const messages = {
  ...cliMessages,
  ...functionMessages,
  ...indicatorMessages,
  ...paneMessages,
  ...reportMessages,
  ...ruleMessages,
  ...templateMessages,
  ...uiMessages,
  ...uiWorkMessages,
} as const;

export type MessageKey = keyof typeof messages;
