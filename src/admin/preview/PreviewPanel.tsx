import { Button, Field, Input, Select, Text, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { ComposeType, DirectoryFile, ResolvedPolicy } from "../../core";
import { useLayoutStyles } from "../components/styles";
import type { Shards } from "../state/reducer";
import { checkDirectory, type Checked } from "../state/validation";
import type { DraftForm } from "./draft-form";
import { buildExamples } from "./examples";
import { FindingsList } from "./FindingsList";
import { runPreview, shardsNeeded } from "./run";

export type ShardLoader = (outward: string) => Promise<Record<string, string> | undefined>;

const COMPOSE_TYPES: { value: ComposeType; label: string }[] = [
  { value: "new", label: "A new email" },
  { value: "reply", label: "A reply" },
  { value: "forward", label: "A forward" },
];

/**
 * A sample draft checked live, with core's own check, against the settings being edited. The
 * draft stays on this page: nothing typed here is sent anywhere.
 */
export function PreviewPanel(props: {
  form: DraftForm;
  onForm: (form: DraftForm) => void;
  policy: Checked<ResolvedPolicy>;
  directoryFile: DirectoryFile;
  directory: Checked<unknown>;
  shards: Shards;
  loadShard?: ShardLoader;
}) {
  const styles = useLayoutStyles();
  const { form, onForm } = props;
  const [hostShards, setHostShards] = useState<Record<string, Record<string, string> | null>>({});
  const examples = useMemo(() => buildExamples(props.directoryFile), [props.directoryFile]);
  const valid = props.policy.ok && props.directory.ok;

  // Shards the draft mentions that were not built on this page come from the host, once each.
  const needed = useMemo(() => {
    if (!valid) return [];
    const fresh = checkDirectory(props.directoryFile);
    return fresh.ok ? shardsNeeded(form, fresh.value).filter((o) => !(o in props.shards)) : [];
  }, [valid, props.directoryFile, props.shards, form]);
  const { loadShard } = props;
  useEffect(() => {
    if (!loadShard) return;
    const missing = needed.filter((o) => !(o in hostShards));
    if (missing.length === 0) return;
    let cancelled = false;
    void Promise.all(missing.map(async (o) => [o, (await loadShard(o)) ?? null] as const)).then(
      (loaded) => {
        if (!cancelled) setHostShards((current) => ({ ...current, ...Object.fromEntries(loaded) }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [needed, hostShards, loadShard]);

  const result = useMemo(() => {
    if (!props.policy.ok) return undefined;
    const fresh = checkDirectory(props.directoryFile);
    if (!fresh.ok) return undefined;
    const available: Record<string, Record<string, string> | undefined> = {};
    for (const [o, map] of Object.entries(hostShards)) if (map) available[o] = map;
    return runPreview(form, props.policy.value, fresh.value, { ...available, ...props.shards });
  }, [form, props.policy, props.directoryFile, props.shards, hostShards]);

  const set = (change: Partial<DraftForm>) => onForm({ ...form, ...change });

  return (
    <div className={styles.stack}>
      <h2 className={styles.heading}>Preview</h2>
      <Text as="p" block style={{ margin: 0 }}>
        Try a sample email against the settings you are editing: the findings below are what an
        officer would see. The sample stays on this computer.
      </Text>
      <section
        aria-labelledby="examples-heading"
        className={styles.stack}
        style={{ rowGap: "6px" }}
      >
        <h3 id="examples-heading" className={styles.subheading}>
          Ready-made examples
        </h3>
        <div className={styles.row}>
          {examples.map((example) => (
            <Button key={example.id} onClick={() => onForm(example.form)} title={example.expect}>
              {example.title}
            </Button>
          ))}
        </div>
      </section>
      <section aria-labelledby="draft-heading" className={styles.stack}>
        <h3 id="draft-heading" className={styles.subheading}>
          Sample email
        </h3>
        <Field label="What kind of email">
          <Select
            value={form.composeType}
            onChange={(_, d) => set({ composeType: d.value as ComposeType })}
          >
            {COMPOSE_TYPES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="To"
          hint="Addresses separated by ; such as Cllr Jane Doe <jane.doe@council.example>"
        >
          <Input value={form.to} onChange={(_, d) => set({ to: d.value })} />
        </Field>
        <Field label="Cc">
          <Input value={form.cc} onChange={(_, d) => set({ cc: d.value })} />
        </Field>
        <Field label="Bcc">
          <Input value={form.bcc} onChange={(_, d) => set({ bcc: d.value })} />
        </Field>
        <Field label="Subject">
          <Input value={form.subject} onChange={(_, d) => set({ subject: d.value })} />
        </Field>
        <Field label="Body">
          <Textarea
            value={form.body}
            rows={8}
            resize="vertical"
            onChange={(_, d) => set({ body: d.value })}
          />
        </Field>
      </section>
      <section aria-labelledby="findings-heading" className={styles.stack}>
        <h3 id="findings-heading" className={styles.subheading}>
          What officers would see
        </h3>
        <div aria-live="polite" data-testid="preview-findings">
          {!valid ? (
            <Text style={{ color: tokens.colorPaletteRedForeground1 }}>
              The preview needs valid settings: fix the problems listed at the top of the page
              first.
            </Text>
          ) : result ? (
            <div className={styles.stack}>
              <FindingsList findings={result.findings} />
              {result.missingShards.length > 0 && (
                <Text size={200}>
                  No postcode file for {result.missingShards.join(", ")}: postcodes there do not
                  count towards a ward.
                </Text>
              )}
              {result.failures.map((f) => (
                <Text key={f.rule} role="alert">
                  The rule {f.rule} could not run on this sample: {String(f.error)}
                </Text>
              ))}
            </div>
          ) : null}
        </div>
      </section>
    </div>
  );
}
