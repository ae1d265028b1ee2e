import { useState } from "react";
import { Button, Field, Input, Link, Radio, RadioGroup, Select, Spinner } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { useI18n } from "../../i18n";
import type { HistorySource, RejectedRow } from "../../draft";
import { Explain } from "../../components/Explain";
import { Summary, type Metric } from "../../components/Summary";
import { Details } from "../../components/Details";
import { Warnings } from "../../components/Warnings";
import { FilePicker } from "../../components/FilePicker";
import type { StepProps } from "../types";
import { useStepStyles } from "../Step.styles";
import { ScrollTable } from "../../components/ScrollTable";
import { useStyles } from "./Step.styles";
import { useStep } from "./useStep";

const SOURCES: readonly HistorySource[] = ["sample", "selection", "table", "file"];
function RejectedItem({ r, onFix, onSkip }: { r: RejectedRow; onFix(v: string): void; onSkip(): void }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const col = r.header.indexOf(r.column);
  const [value, setValue] = useState(col >= 0 ? (r.cells[col] ?? "") : "");
  const label = t("fixValue", { row: r.row, column: r.column || "?" });
  // the whole row, so a row whose SKU is blank can still be told apart by its date and units
  const cells = r.header
    .map((h, i) => (r.cells[i] !== undefined && r.cells[i] !== "" ? `${h}: ${r.cells[i]}` : ""))
    .filter(Boolean)
    .join(" · ");
  return (
    <li className={styles.item} data-testid="rejected-row">
      <div>
        {t("colRow")} {r.row}
        {r.column ? ` · ${r.column}` : ""} · {locale === "zh-CN" ? r.messageZh : r.message}
      </div>
      {cells && <div className={styles.cells}>{cells}</div>}
      {col >= 0 && (
        <div className={styles.fixRow}>
          <Field label={label}>
            <Input value={value} onChange={(_, d) => setValue(d.value)} />
          </Field>
          <Button
            className={styles.fixButton}
            onClick={() => onFix(value)}
            aria-label={`${t("fixRow")}: ${label}`}
          >
            {t("fixRow")}
          </Button>
          <Button
            className={styles.fixButton}
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
export function Step2History({ wizard, host, today, goTo }: StepProps) {
  const { t, num, date, pct, locale, list } = useI18n();
  const base = useStepStyles();
  const styles = useStyles();
  const s = useStep(wizard, host, today);
  const stale = wizard.derived.warnings.some((w) => w.code === "HISTORY_STALE");
  // the master's cost currency becomes the plan's purchase currency: said where the file was picked
  const costs = s.history.costCurrency;
  const fx = wizard.derived.read.problems.fxRate;
  const currencyNote = costs && (
    <Notice intent={fx?.key === "fxNeeded" ? "warning" : "info"} data-testid="cost-currency">
      {t("costCurrencyNote", { purchase: costs })}
      {fx?.key === "fxNeeded" && (
        <>
          {" "}
          {t("costCurrencyFx", fx.params)}{" "}
          {goTo && (
            <Link as="button" onClick={() => goTo(4)} data-testid="cost-currency-go">
              {t("goToStep", { n: 5 })}
            </Link>
          )}
        </>
      )}
    </Notice>
  );
  const metrics: Metric[] = s.summary
    ? [
        {
          id: "skus",
          label: t("m_history"),
          value: t("m_historyValue", { skus: num(s.summary.skus) }),
          note: t("m_historyNote", { from: date(s.summary.from), to: date(s.summary.to) }),
        },
        {
          id: "lastDay",
          label: t("m_lastDay"),
          value: date(s.summary.to),
          tone: stale ? "warning" : undefined,
        },
        { id: "top", label: t("m_top"), value: pct(s.summary.top.share), note: list(s.summary.top.skus) },
      ]
    : [];
  const rejected = s.history.rejected.length > 0 && (
    <section className={styles.rejected} aria-labelledby="stockup-rejected-title" data-testid="rejected">
      <h3 id="stockup-rejected-title">{t("rejectedTitle", { n: num(s.history.rejected.length) })}</h3>
      <p className={base.muted}>{t("rejectedHint")}</p>
      <ul className={styles.list}>
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
  );
  return (
    <div className={base.root}>
      <Summary title={t("summaryTitle")} metrics={metrics}>
        {!s.summary && <p className={base.muted}>{t("historyNone")}</p>}
        <Warnings warnings={wizard.derived.warnings} />
      </Summary>
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
      {currencyNote}
      {s.fileIssues.map((i) => (
        // one code can come several times (a MISSING_COLUMN per absent column): the message names it
        <Notice key={`${i.code}|${i.message}`} intent="error">
          {locale === "zh-CN" ? i.messageZh : i.message}
        </Notice>
      ))}
      {s.error && <Notice intent="error">{t(s.error.key, s.error.params)}</Notice>}
      {s.history.notSaved !== undefined && s.history.rows.length === 0 && (
        <Notice intent="warning">{t("historyNotSaved", { rows: num(s.history.notSaved) })}</Notice>
      )}
      {rejected}
      {s.summary && (
        <Details id="step2-preview" title={t("previewTitle")}>
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
                text: `${t("topSkusTitle")}${locale === "zh-CN" ? "：" : ": "}${t("topSkusLine", { skus: list(s.summary.top.skus), share: pct(s.summary.top.share) })}`,
              },
            ]}
          />
          <ScrollTable label={t("previewTitle")}>
            <thead>
              <tr>
                <th className={base.th}>{t("colDate")}</th>
                <th className={base.th}>{t("colSku")}</th>
                <th className={`${base.th} ${base.numHead}`}>{t("colUnits")}</th>
              </tr>
            </thead>
            <tbody>
              {s.history.rows.slice(0, 5).map((r) => (
                <tr key={`${r.sku}|${r.date}`}>
                  <td className={base.td}>{date(r.date)}</td>
                  <td className={base.td}>{r.sku}</td>
                  <td className={`${base.td} ${base.num}`}>{num(r.units)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </Details>
      )}
    </div>
  );
}
