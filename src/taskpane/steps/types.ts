import type { PaneHost } from "../host";
import type { Wizard } from "../useWizard";

/** What every step receives from the App. */
export interface StepProps {
  wizard: Wizard;
  host: PaneHost;
  /** ISO date of "today" (passed in so tests are reproducible). */
  today: string;
  /** Open another step (0-based), saving the draft as the tabs do. */
  goTo?(step: number): void;
}
