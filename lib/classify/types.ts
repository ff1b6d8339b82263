import type { Category, RiskLevel, Role, SignalId } from "../taxonomy";
import type { Policy } from "../policy/schema";

/** The classifier's judgement of one tool. */
export interface Verdict {
  category: Category;
  risk: RiskLevel;
  /** 0 to 1: low when the name, description, schema and annotations disagree or say little. */
  confidence: number;
  signals: SignalId[];
  roles: Role[];
  /** Written for this tool: its action, its object, its blast radius. */
  rationale: string;
  /** Quotes from the definition the judgement rests on. */
  evidence: string[];
  policy: Policy;
}
