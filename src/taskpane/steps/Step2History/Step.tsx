import { useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
} from "@fluentui/react-components";
import { useI18n } from "../../i18n";
import type { HistorySource, RejectedRow } from "../../draft";
import { Explain } from "../../components/Explain";
import { FilePicker } from "../../components/FilePicker";
import type { StepProps } from "../types";
import { useStepStyles } from "../Step.styles";
import { useStyles } from "./Step.styles";
import { useStep } from "./useStep";

const SOURCES: readonly HistorySource[] = ["sample", "selection", "table", "file"];
function RejectedItem({ r, onFix, onSkip }: { r: RejectedRow; onFix(v: string): void; onSkip(): void }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const col = r.header.indexOf(r.column);
  const [value, setValue] = useState(col >= 0 ? (r.cells[col] ?? "") : "");
  const label = t("fixValue", { row: r.row, column: r.column || "?" });
  return (
    <li>
      {t("colRow")} {r.row} · {r.column} · {locale === "zh-CN" ? r.messageZh : r.message}
      {col >= 0 && (
        <div className={styles.fixRow}>
          <Field label={label}>
            <Input className={styles.fixInput} value={value} onChange={(_, d) => setValue(d.value)} />
          </Field>
          <Button size="small" onClick={() => onFix(value)} aria-label={`${t("fixRow")}: ${label}`}>
            {t("fixRow")}
          </Button>
          <Button
            size="small"
            appearance="subtle"
            onClick={onSkip}
            aria-label={`${t("skipRow")}: ${t("colRow")} ${r.row}`}
          >
            {t("skipRow")}
          </Button>
        </div>
      )}
    </li>
  );
}

/** Step 2: load the sales history, preview it, fix or skip the rejected rows. */
export function Step2History({ wizard, host, today }: StepProps) {
  const { t, num, date, pct, locale } = useI18n();
  const base = useStepStyles();
  const styles = useStyles();
  const s = useStep(wizard, host, today);
  return (
    <div className={base.root}>
      <Field label={t("sourceLabel")}>
        <RadioGroup
          value={s.source}
          onChange={(_, d) => s.setSource(d.value as HistorySource)}
          layout="vertical"
        >
          {SOURCES.map((src) => (
            <Radio key={src} value={src} label={t(`source_${src}`)} />
          ))}
        </RadioGroup>
      </Field>
      {s.source === "sample" && (
        <Button appearance="primary" onClick={s.loadSample} data-testid="use-sample">
          {t("useSample")}
        </Button>
      )}
      {s.source === "selection" && (
        <Button appearance="primary" onClick={() => void s.readSelection()} disabled={s.busy}>
          {t("readSelection")}
        </Button>
      )}
      {s.source === "table" &&
        (s.tables && s.tables.length === 0 ? (
          <p className={base.muted}>{t("noTables")}</p>
        ) : (
          <div className={base.row}>
            <Field label={t("tableLabel")}>
              <Select value={s.table} onChange={(_, d) => s.setTable(d.value)}>
                {(s.tables ?? []).map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </Select>
            </Field>
            <Button appearance="primary" onClick={() => void s.readTable()} disabled={s.busy || !s.table}>
              {t("readTable")}
            </Button>
          </div>
        ))}
      {s.source === "file" && (
        <FilePicker
          label={t("fileLabel")}
          buttonText={t("chooseFile")}
          noFileText={t("noFile")}
          accept=".csv,.tsv,.txt,text/csv"
          testId="history-file"
          onFile={(file) => void s.readFile(file)}
        />
      )}
      <FilePicker
        label={t("skuFileLabel")}
        buttonText={t("chooseFile")}
        noFileText={t("noFile")}
        accept=".csv,.tsv,.txt,text/csv"
        testId="sku-file"
        onFile={(file) => void s.readSkuFile(file)}
      />
      {s.busy && <Spinner size="tiny" label={t("loading")} />}
      {s.fileIssues.map((i) => (
        // one code can come several times (a MISSING_COLUMN per absent column): the message names it
        <MessageBar key={`${i.code}|${i.message}`} intent="error">
          <MessageBarBody>{locale === "zh-CN" ? i.messageZh : i.message}</MessageBarBody>
        </MessageBar>
      ))}
      {s.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t(s.error.key, s.error.params)}</MessageBarBody>
        </MessageBar>
      )}
      {s.history.notSaved !== undefined && s.history.rows.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("historyNotSaved", { rows: num(s.history.notSaved) })}</MessageBarBody>
        </MessageBar>
      )}
      {s.summary ? (
        <>
          <Explain
            title={t("step2Title")}
            lines={[
              {
                id: "loaded",
                text: t("historyLoaded", {
                  rows: num(s.summary.rows),
                  skus: num(s.summary.skus),
                  from: date(s.summary.from),
                  to: date(s.summary.to),
                  label: s.history.source === "sample" ? t("source_sample") : s.history.label,
                }),
              },
              ...(s.skuNote
                ? [
                    {
                      id: "skus",
                      text: t("skusLoaded", { skus: num(s.skuNote.skus), rejected: num(s.skuNote.rejected) }),
                    },
                  ]
                : []),
              {
                id: "top",
                text: `${t("topSkusTitle")}: ${t("topSkusLine", { skus: s.summary.top.skus.join(", "), share: pct(s.summary.top.share) })}`,
              },
            ]}
          />
          <table className={base.table} aria-label={t("previewTitle")}>
            <caption className={base.muted}>{t("previewTitle")}</caption>
            <thead>
              <tr>
                <th className={base.th}>{t("colDate")}</th>
                <th className={base.th}>{t("colSku")}</th>
                <th className={`${base.th} ${base.num}`}>{t("colUnits")}</th>
              </tr>
            </thead>
            <tbody>
              {s.history.rows.slice(0, 5).map((r) => (
                <tr key={`${r.sku}|${r.date}`}>
                  <td className={base.td}>{r.date}</td>
                  <td className={base.td}>{r.sku}</td>
                  <td className={`${base.td} ${base.num}`}>{num(r.units)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className={base.muted}>{t("historyNone")}</p>
      )}
      {s.history.rejected.length > 0 && (
        <section
          className={styles.rejected}
          aria-label={t("rejectedTitle", { n: s.history.rejected.length })}
        >
          <h3>{t("rejectedTitle", { n: num(s.history.rejected.length) })}</h3>
          <p className={base.muted}>{t("rejectedHint")}</p>
          <ul>
            {s.history.rejected.map((r) => (
              <RejectedItem
                key={`${r.row}-${r.column}-${r.cells.join("|")}`}
                r={r}
                onFix={(v) => s.fixRow(r, v)}
                onSkip={() => s.skipRow(r)}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
