/* The task pane's entry: waits for Office when it is there, then renders the app in the host's language and theme. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { readHost } from "./office-context";

function render(): void {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App host={readHost()} />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => render());
} else {
  render();
}
