// Tabs as WAI-ARIA describes them: arrow keys, Home and End move between tabs; Tab enters the panel.

import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabDefinition {
  id: string;
  label: string;
  render(): ComponentChildren;
}

interface TabsProps {
  label: string;
  tabs: TabDefinition[];
  selected: string;
  onSelect(id: string): void;
}

export function Tabs({ label, tabs, selected, onSelect }: TabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const current = tabs.find((t) => t.id === selected) ?? tabs[0]!;

  function move(event: KeyboardEvent) {
    const index = tabs.findIndex((t) => t.id === current.id);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1;
    if (next === -1) return;
    event.preventDefault();
    const tab = tabs[next]!;
    onSelect(tab.id);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${tab.id}`)?.focus();
  }

  return (
    <div class="tabs">
      <div role="tablist" aria-label={label} ref={list} onKeyDown={move}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === current.id}
            aria-controls={tab.id === current.id ? `panel-${tab.id}` : undefined}
            tabIndex={tab.id === current.id ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} tabIndex={0}>
        {current.render()}
      </div>
    </div>
  );
}
