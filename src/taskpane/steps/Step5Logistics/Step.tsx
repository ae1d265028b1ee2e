import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useI18n } from "../../i18n";
import type { LogisticsField } from "../../draft";
import { COST_COMPONENTS } from "../../compute/plan";
import { NumberField } from "../../components/NumberField";
import { Explain } from "../../components/Explain";
import type { StepProps } from "../types";
import { useStepStyles } from "../Step.styles";
import { useStyles } from "./Step.styles";
import { useStep } from "./useStep";

const SPLIT: readonly LogisticsField[] = ["seaPct", "airPct", "expressPct"];
const RATES: readonly LogisticsField[] = [
  "seaRatePerCbm",
  "airRatePerKg",
  "expressRatePerKg",
  "seaTransitDays",
  "airTransitDays",
  "expressTransitDays",
];
const FEES: readonly LogisticsField[] = [
  "dutyPct",
  "commissionPct",
  "returnPct",
  "warehouseFeePerUnit",
  "contingencyPct",
];

/** Step 5: mode split and rates → landed-cost breakdown, batches with ship-by dates. */
export function Step5Logistics({ wizard }: StepProps) {
  const { t, num, money, date } = useI18n();
  const base = useStepStyles();
  const styles = useStyles();
  const { fields, splitProblem, landed } = useStep(wizard);
  const group = (list: readonly LogisticsField[]) => (
    <div className={styles.group}>
      {list.map((f) => (
        <NumberField
          key={f}
          label={f}
          value={fields.value(f)}
          onChange={(v) => fields.set(f, v)}
          problem={fields.problem(f)}
        />
      ))}
    </div>
  );
  return (
    <div className={base.root}>
      {group(SPLIT)}
      {splitProblem && (
        <MessageBar intent="error" data-testid="split-problem">
          <MessageBarBody>{t(splitProblem.key, splitProblem.params)}</MessageBarBody>
        </MessageBar>
      )}
      {group(RATES)}
      {group(FEES)}
      {landed ? (
        <>
          <table className={base.table} aria-label={t("landedTitle")}>
            <tbody>
              {COST_COMPONENTS.map((c) => (
                <tr key={c}>
                  <th scope="row" className={base.th}>
                    {t(`cost_${c}`)}
                    <div className={base.muted}>{t(`costExplain_${c}`)}</div>
                  </th>
                  <td className={`${base.td} ${base.num}`}>{money(landed.breakdown[c])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Explain
            title={t("landedTitle")}
            lines={[
              {
                id: "total",
                text: t("landedTotal", {
                  total: money(landed.total),
                  units: num(landed.units),
                  perUnit: money(landed.perUnit),
                }),
              },
              ...landed.batches.map((b) => ({
                id: b.mode,
                text: t("batchLine", { mode: t(`mode_${b.mode}`), qty: num(b.qty), shipBy: date(b.shipBy) }),
              })),
            ]}
          />
        </>
      ) : (
        <p className={base.muted}>{t("needHistory")}</p>
      )}
    </div>
  );
}
