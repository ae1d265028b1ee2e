/**
 * Entry bundled (esbuild, IIFE) into the script served in place of Office.js from its CDN: a fake
 * Excel host over an in-memory workbook, exposed on `window.__stockupWorkbook` so the browser test
 * can read the cells the pane wrote (with `window.__stockupFake.cellOf`). Display language from `?lang=` (default en-US).
 */
import { cellOf, createWorkbook, installFakeOffice, parseAddress } from "../excel/fakeExcel";

const workbook = createWorkbook(["Sheet1"]);
const lang = new URLSearchParams(window.location.search).get("lang") ?? "en-US";
const w = window as unknown as Record<string, unknown>;
installFakeOffice(w, workbook, { displayLanguage: lang });
w.__stockupWorkbook = workbook;
// inspection helpers for the test (cell keys are internal to the fake)
w.__stockupFake = { cellOf, parseAddress };

// Office.js in a shared runtime also defines CustomFunctions; functions.js registers through it.
class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
  }
}
w.CustomFunctions = {
  associate: () => undefined,
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    invalidNumber: "#NUM!",
    divisionByZero: "#DIV/0!",
  },
};
