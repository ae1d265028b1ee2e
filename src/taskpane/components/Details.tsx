import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";

/**
 * Which details the buyer opened, for this session: a field typed through an invalid value
 * unmounts the numbers for a moment, and the detail must not fold shut under the buyer's eyes.
 */
const opened = new Set<string>();

/** Per-SKU tables and explanations, folded away under one header until the buyer opens them. */
export function Details({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  const [open, setOpen] = useState(() => opened.has(id));
  return (
    <Accordion
      collapsible
      data-testid="details"
      openItems={open ? [id] : []}
      onToggle={(_, d) => {
        const now = d.openItems.includes(id);
        if (now) opened.add(id);
        else opened.delete(id);
        setOpen(now);
      }}
    >
      <AccordionItem value={id}>
        <AccordionHeader size="small">{title}</AccordionHeader>
        <AccordionPanel>{children}</AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
