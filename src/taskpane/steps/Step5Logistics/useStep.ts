import { useSectionFields } from "../fieldsHook";
import type { Wizard } from "../../useWizard";

/** Step 5 state: mode split, rates, transit days, fee rates → landed cost and batches. */
export function useStep(wizard: Wizard) {
  const fields = useSectionFields(wizard, "logistics");
  return { fields, splitProblem: wizard.derived.splitProblem, landed: wizard.derived.landed };
}
