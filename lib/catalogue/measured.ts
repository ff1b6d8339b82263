import { z } from "zod";
import raw from "../classify/measured.json";

/**
 * How well the classifier agrees with people, as last measured: lib/classify/measured.json,
 * written by whoever runs the evaluation. Checked here so a mistyped figure fails the build
 * instead of printing nonsense on the method page.
 */

const share = z.number().min(0).max(1);
const count = z.number().int().min(0);

/** A share's 95% interval, low then high (eval:classify resamples the split's servers). */
const interval = z.tuple([share, share]).refine(([low, high]) => low <= high, { error: "the low end must not be above the high end" });

const figuresSchema = z.strictObject({
  servers: count,
  tools: count,
  /** Share of tools whose category matched the label. */
  categoryExact: share,
  /** Share of tools whose risk level matched the label. */
  riskExact: share,
  /** Share of tools whose risk level was at most one level off. */
  riskWithinOne: share,
  /** Tools a person rated high or critical that the classifier rated low. */
  dangerousRatedLow: count,
  /** Tools that run code or move money (labelled execute or financial) rated below high. */
  codeOrMoneyBelowHigh: count,
  /** Tools rated two or more levels below the label. */
  twoLevelsTooLow: count,
  /** How far the three shares could move with other servers of the same kind. */
  intervals: z.strictObject({ categoryExact: interval, riskExact: interval, riskWithinOne: interval }).optional(),
});

const retestSchema = z.strictObject({
  tools: count,
  categoryExact: share,
  riskExact: share,
  riskWithinOne: share,
  /** Tools whose two labellings agree on category and level. */
  agreedTools: count,
  classifierRiskExactWhereAgreed: share,
});

export const measuredSchema = z.strictObject({
  /** The day the figures were measured (YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date, YYYY-MM-DD" }),
  /** Set while the figures are stand-ins: says what was measured and what was not. */
  provisional: z.string().min(1).optional(),
  /** How often the two blind labelling passes agreed with each other. */
  labelAgreement: z.strictObject({ tools: count, categoryExact: share, riskExact: share, riskWithinOne: share }).optional(),
  /** The held-out split nobody tunes against; null until it has been measured. */
  sealed: figuresSchema.nullable(),
  /** The double-labelled servers the classifier is developed against (tests/fixtures/labels/double). */
  development: figuresSchema,
  /** The first labels, written by the engineer who tuned the rules on the same servers: optimistic. */
  legacy: figuresSchema.optional(),
  /**
   * A sample of each split labelled again, later, by two fresh blind passes: how often the two
   * labellings agree, and the classifier's exact level on the tools where they do.
   */
  labelRetest: z
    .strictObject({
      development: retestSchema,
      sealed: retestSchema,
    })
    .optional(),
  /** Verdicts on the sealed split grouped by confidence: how many, and the share whose category and risk both matched the label. */
  calibration: z.array(z.strictObject({ band: z.string().regex(/^\d\.\d-\d\.\d$/, { error: 'must look like "0.9-1.0"' }), tools: count, exact: share, interval: interval.optional() })),
});

export type Measured = z.infer<typeof measuredSchema>;
export type MeasuredFigures = z.infer<typeof figuresSchema>;

export function parseMeasured(value: unknown, file = "lib/classify/measured.json"): Measured {
  const result = measuredSchema.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${file}: ${issue.path.map(String).join(".") || "(file)"}: ${issue.message}`);
  throw new Error(`The measured figures are not valid:\n${lines.join("\n")}`);
}

/** The committed figures, checked once. */
export function measuredFigures(): Measured {
  return parseMeasured(raw);
}

/** 0.967 → "96.7%". */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** [0.759, 0.803] → "75.9–80.3%". */
export function percentRange([low, high]: readonly [number, number]): string {
  return `${(low * 100).toFixed(1)}–${(high * 100).toFixed(1)}%`;
}

export type CalibrationBand = Measured["calibration"][number];

/**
 * The measured band a confidence falls in ("0.9-1.0" holds 0.9 up to and including 1), so a page
 * can say what a confidence has meant on the sealed split; undefined when none holds it.
 */
export function calibrationBandOf(confidence: number, bands: readonly CalibrationBand[]): CalibrationBand | undefined {
  return bands.find((row) => {
    const [from, to] = row.band.split("-").map(Number) as [number, number];
    return confidence >= from && (confidence < to || (to === 1 && confidence <= 1));
  });
}
