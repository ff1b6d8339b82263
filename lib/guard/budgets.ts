import { applySpend, EMPTY_STATE, type Decision, type LimitState } from "../policy/evaluate";
import { localPart, mergeStates, sharedPart, spendsShared } from "./limits";
import type { SharedStateFile } from "./state-file";

/**
 * The budgets one guard process decides with: grant and session budgets in memory, global
 * ones in the shared state file. `decide` reads the time, decides and spends as one step,
 * under the file's lock when the call may touch a global budget, so two guards never both
 * take the last unit of a budget.
 */
export class GuardBudgets {
  private local: LimitState = EMPTY_STATE;

  constructor(
    private readonly shared: SharedStateFile | undefined,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * `decideAt` gets the current budgets and the time of the call; an allowed decision's
   * spend is applied before the next call is decided. `global` says whether the call's rule
   * has a global limit (then the file is read and written under its lock).
   */
  async decide(decideAt: (state: LimitState, at: number) => Decision, global: boolean): Promise<{ decision: Decision; at: number }> {
    if (!global || !this.shared) {
      const at = this.clock();
      const decision = decideAt(this.local, at);
      if (decision.decision === "allowed") this.local = applySpend(this.local, decision.spend);
      return { decision, at };
    }
    return this.shared.update((sharedState) => {
      const at = this.clock();
      const merged = mergeStates(this.local, sharedState);
      const decision = decideAt(merged, at);
      if (decision.decision !== "allowed") return { value: { decision, at } };
      const after = applySpend(merged, decision.spend);
      this.local = localPart(after);
      return { state: spendsShared(decision.spend) ? sharedPart(after) : undefined, value: { decision, at } };
    });
  }
}
