// The engine as the background runs it: config built from stored settings and roster, rebuilt when
// either changes. The roster never leaves this worker except as findings for the review page.
import { ALL_RULES } from '../../rules';
import { check, createConfig, type EngineConfig } from '../engine/check';
import type { Draft, Finding } from '../engine/types';
import { defaultSettings, toEngineSettings, type Settings } from '../settings/schema';
import { loadState, onStateChanged } from '../settings/storage';

export class EngineHost {
  private config: EngineConfig = createConfig(ALL_RULES, [], toEngineSettings(defaultSettings()));
  settings: Settings = defaultSettings();
  /** Changes with every rebuild, so pages drop results cached under older settings. */
  version = 0;
  ready: Promise<void>;

  constructor(private readonly onRebuilt: () => void = () => {}) {
    this.ready = this.rebuild();
    onStateChanged(() => {
      this.ready = this.rebuild();
    });
  }

  async check(draft: Draft): Promise<Finding[]> {
    await this.ready;
    return check(draft, this.config);
  }

  private async rebuild(): Promise<void> {
    const state = await loadState();
    this.settings = state.settings;
    this.config = createConfig(ALL_RULES, state.pupils, toEngineSettings(state.settings));
    this.version = Date.now();
    this.onRebuilt();
  }
}
