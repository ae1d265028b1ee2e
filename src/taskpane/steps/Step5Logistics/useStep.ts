import { useSectionFields } from "../fieldsHook";
import type { Wizard } from "../../useWizard";

/** Step 5 state: mode limits, rates, transit days, fee rates → landed cost and batches. */
export function useStep(wizard: Wizard) {
  const fields = useSectionFields(wizard, "logistics");
  return { fields, landed: wizard.derived.landed };
}
