import { useSectionFields } from "../fieldsHook";
import type { Wizard } from "../../useWizard";

/** Step 3 state: three target fields and the forecast they produce. */
export function useStep(wizard: Wizard) {
  const fields = useSectionFields(wizard, "targets");
  return {
    fields,
    forecast: wizard.derived.forecast,
    newProductPct: wizard.derived.read.values.newProductPct,
  };
}
