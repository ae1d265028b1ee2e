import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Bytes of a committed fixture in test/fixtures/import/ (as the pane or CLI would read them). */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "import", name)));
}
