import { TextDecoder as NodeTextDecoder } from "node:util";
import { render } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { Locale } from "../../src/core";
import { FakeHost } from "./fakeHost";

// jsdom has no TextDecoder; the importers decode file bytes with it (browsers all have it)
if (typeof globalThis.TextDecoder === "undefined") {
  (globalThis as { TextDecoder: unknown }).TextDecoder = NodeTextDecoder;
}

/** Fixed "today" for every pane test: the sample's planning date is 2026-09-15. */
export const TODAY = "2026-09-15";

export function renderApp(host = new FakeHost(), locale: Locale = "en-US", today = TODAY) {
  const utils = render(<App host={host} initialLocale={locale} today={today} />);
  return { host, ...utils };
}

/** Open every folded per-SKU detail on screen (the buyer's click on "Per-SKU detail"). */
export async function openDetails() {
  const { screen } = await import("@testing-library/react");
  const userEvent = (await import("@testing-library/user-event")).default;
  for (const panel of screen.queryAllByTestId("details")) {
    const header = panel.querySelector<HTMLButtonElement>("button[aria-expanded='false']");
    if (header) await userEvent.click(header);
  }
}
