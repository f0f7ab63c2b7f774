// The "Rules" tab: a policy profile to start from, then each rule's settings.

import { useState } from 'preact/hooks';
import { isLocked } from '../../../settings/managed';
import { POLICY_PROFILES, applyProfile, citationsFor, profileById } from '../../../settings/profiles';
import { defaultRuleConfig, type RuleConfig } from '../../../settings/schema';
import { LockedNote } from '../../shared/LockedNote';
import { ALL_RULES } from '../../../../rules';
import { ruleTitle } from '../../shared/rule-titles';
import type { AdminStateApi } from '../useAdminState';
import { RuleCard, SEVERITY_LABELS } from './RuleCard';

export function RulesPanel({ admin }: { admin: AdminStateApi }) {
  const { settings, managed } = admin.state!;
  const [choice, setChoice] = useState(settings.policyProfile ?? '');
  const profileLocked = isLocked(managed, 'policyProfile');
  const chosen = profileById(choice);
  const descriptions = new Map(ALL_RULES.map((r) => [r.id, r.description]));

  function changeRule(id: string, patch: Partial<RuleConfig>) {
    const title = ruleTitle(id);
    const what =
      patch.severity !== undefined
        ? `“${title}” now: ${SEVERITY_LABELS[patch.severity].toLowerCase()}.`
        : `“${title}” saved.`;
    void admin.updateSettings(
      (local) => ({
        ...local,
        rules: { ...local.rules, [id]: { ...(local.rules[id] ?? defaultRuleConfig(id)), ...patch } },
      }),
      what,
    );
  }

  function useProfile() {
    const name = profileById(choice)?.name;
    void admin.updateSettings(
      (local) => applyProfile(local, choice || null),
      name ? `Rules set from the ${name} policy.` : 'Rules set back to SafeToPost’s defaults.',
    );
  }

  return (
    <div class="panel">
      <h2>Rules</h2>
      <section class="card" aria-labelledby="profile-heading">
        <h3 id="profile-heading">Start from your school’s policy</h3>
        <p class="hint">
          A policy profile sets the rules below to match a school social media policy and quotes its clauses
          to staff when a post is held. You can still change each rule afterwards.
        </p>
        <div class="control">
          <label for="profile-select">Policy profile</label>
          <select
            id="profile-select"
            value={choice}
            disabled={profileLocked}
            aria-describedby={profileLocked ? 'profile-locked' : 'profile-summary'}
            onChange={(e) => setChoice(e.currentTarget.value)}
          >
            <option value="">None: SafeToPost’s defaults</option>
            {POLICY_PROFILES.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {profileLocked && <LockedNote id="profile-locked" />}
        </div>
        <p id="profile-summary" class="hint">
          {chosen
            ? chosen.summary
            : 'Each rule at its usual setting; the review quotes the policies the rules come from.'}
        </p>
        <button type="button" disabled={profileLocked} onClick={useProfile}>
          Use this profile
        </button>
        {settings.policyProfile && (
          <p>
            In use now: <strong>{profileById(settings.policyProfile)?.name ?? settings.policyProfile}</strong>
          </p>
        )}
      </section>
      {settings.mode === 'tips' && (
        <p class="note">
          SafeToPost is in <strong>tips only</strong> mode (see Sites and rollout): problems are underlined
          but no post is held, whatever is set here.
        </p>
      )}
      {Object.entries(settings.rules).map(([id, config]) => (
        <RuleCard
          key={id}
          ruleId={id}
          title={ruleTitle(id)}
          description={descriptions.get(id) ?? ''}
          config={config}
          citations={citationsFor(id, settings)}
          isLocked={(key) => isLocked(managed, `rules.${id}.${key}`)}
          onChange={(patch) => changeRule(id, patch)}
        />
      ))}
    </div>
  );
}
