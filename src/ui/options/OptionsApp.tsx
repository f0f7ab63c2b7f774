// The admin's options page: behind the PIN when one is set, then one tab per area.

import { useEffect, useRef, useState } from 'preact/hooks';
import { PinForm } from '../shared/PinForm';
import { AuditPanel } from './audit/AuditPanel';
import { AdminLockPanel } from './file/AdminLockPanel';
import { SettingsFilePanel } from './file/SettingsFilePanel';
import { RosterPanel } from './roster/RosterPanel';
import { RulesPanel } from './rules/RulesPanel';
import { SitesPanel } from './sites/SitesPanel';
import { Tabs, type TabDefinition } from './Tabs';
import { useAdminState, type AdminStateApi, type Notice } from './useAdminState';
import { WordListsPanel } from './words/WordListsPanel';

const SAVED_NOTICE_MS = 8000;
const TAB_IDS = ['pupils', 'rules', 'words', 'sites', 'audit', 'file'] as const;

function tabFromHash(): string {
  const hash = typeof location === 'undefined' ? '' : location.hash.slice(1);
  return (TAB_IDS as readonly string[]).includes(hash) ? hash : 'pupils';
}

export function OptionsApp() {
  const admin = useAdminState();
  const [unlocked, setUnlocked] = useState(false);
  const [tab, setTab] = useState(tabFromHash);

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  function select(id: string) {
    setTab(id);
    history.replaceState(null, '', `#${id}`);
  }

  const { state } = admin;
  const lock = state?.local.lock ?? null;

  return (
    <>
      <header class="page-header">
        <h1>SafeToPost settings</h1>
        <p class="hint">Checks school social media posts against your policy before they go out.</p>
      </header>
      <main>
        {admin.loadError && <p class="error-box">{admin.loadError}</p>}
        {!state && !admin.loadError && <p role="status">Loading…</p>}
        {state && lock && !unlocked && (
          <section class="card lock-screen" aria-labelledby="locked-heading">
            <h2 id="locked-heading">These settings are locked</h2>
            <p>Enter the admin PIN to change them.</p>
            <PinForm lock={lock} submitLabel="Unlock" autoFocus onSuccess={() => setUnlocked(true)} />
          </section>
        )}
        {state && (!lock || unlocked) && (
          <SettingsScreen admin={admin} tab={tab} onSelect={select} onLockSet={() => setUnlocked(true)} />
        )}
      </main>
    </>
  );
}

interface SettingsScreenProps {
  admin: AdminStateApi;
  tab: string;
  onSelect(id: string): void;
  onLockSet(): void;
}

function SettingsScreen({ admin, tab, onSelect, onLockSet }: SettingsScreenProps) {
  const state = admin.state!;
  const tabs: TabDefinition[] = [
    { id: 'pupils', label: 'Pupils', render: () => <RosterPanel admin={admin} /> },
    { id: 'rules', label: 'Rules', render: () => <RulesPanel admin={admin} /> },
    { id: 'words', label: 'Names and words', render: () => <WordListsPanel admin={admin} /> },
    { id: 'sites', label: 'Sites and rollout', render: () => <SitesPanel admin={admin} /> },
    { id: 'audit', label: 'Audit log', render: () => <AuditPanel admin={admin} /> },
    {
      id: 'file',
      label: 'Settings file and PIN',
      render: () => (
        <div class="panel">
          <h2>Settings file and PIN</h2>
          <SettingsFilePanel admin={admin} />
          <AdminLockPanel admin={admin} onLockSet={onLockSet} />
        </div>
      ),
    },
  ];
  return (
    <>
      {state.problems.length > 0 && (
        <div class="error-box" role="alert">
          <h2>Please check</h2>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {state.managed.locked.size > 0 && (
        <p class="note">
          <span aria-hidden="true">🔒 </span>Some settings are set by your IT team through your organisation’s
          browser policy. They are marked “Set by your IT team” and cannot be changed here.
        </p>
      )}
      <NoticeBar notice={admin.notice} onDismiss={() => admin.setNotice(null)} />
      <Tabs label="Settings" tabs={tabs} selected={tab} onSelect={onSelect} />
    </>
  );
}

/** Always in the page, so screen readers announce what lands in it. */
function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss(): void }) {
  const error = notice?.kind === 'error' ? notice : null;
  const saved = notice?.kind === 'saved' ? notice : null;
  // "Saved" fades after a while; errors stay until dismissed.
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => dismiss.current(), SAVED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [saved]);
  return (
    <div class="notice-bar">
      <div role="status" class={saved ? 'saved-box' : undefined}>
        {saved?.text ?? ''}
      </div>
      <div role="alert" class={error ? 'error-box' : undefined}>
        {error && (
          <>
            <p>{error.text}</p>
            {error.details && error.details.length > 0 && (
              <ul>
                {error.details.slice(0, 10).map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
            <button type="button" class="link-button" onClick={onDismiss}>
              Dismiss
            </button>
          </>
        )}
      </div>
    </div>
  );
}
