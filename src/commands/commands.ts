/**
 * Ribbon commands. The only button (Home > Plan stock-up) is a ShowTaskpane action, which Office
 * handles without code; this entry exists because the manifest's FunctionFile must point at the
 * shared-runtime page, and it is where ExecuteFunction commands would be associated.
 */
Office.onReady(() => undefined);
