"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { markRead } from "@/components/notifications/types";
import { codePointLength } from "@/lib/arabic/codepoints";
import type { TFieldGroup, TSheetForm } from "@/lib/claim-sheet/form";
import type { TClaimSheet } from "@/lib/claim-sheet/serialize";
import { danglingCitations, richTextToPlain } from "@/lib/rich-text/plain-text";
import { assignRefusal, editSheetRefusal, mayCheck, mayReview, type TWho } from "@/lib/permissions/rules";
import { roleCan } from "@/lib/permissions/roles";
import { RatingBadge } from "@/components/ratings/rating-badge";
import { FormField } from "@/components/ui/form-field";
import { CommentsPanel } from "./comments-panel";
import { ConflictPanel } from "./conflict-panel";
import { DraftBanner } from "./draft-banner";
import { HistoryList } from "./history-list";
import { RationaleEditor } from "./rationale-editor";
import { SaveStatus } from "./save-status";
import { SourcesEditor } from "./sources-editor";
import { TagInput } from "./tag-input";
import { CLAIMANT_KINDS, ratingLabel, WORTHINESS, type TMember, type TRatingOption } from "./types";
import { useSheetAutosave } from "./use-sheet-autosave";
import { WorkflowBar } from "./workflow-bar";

// ClaimReview's claimReviewed reads best under about 75 characters.
const STATEMENT_HINT_LENGTH = 75;

type Props = {
  initial: TClaimSheet;
  remoteVersion?: number;
  /** The signed-in member: what they may do is decided by lib/permissions. */
  who: TWho;
  members: TMember[];
  ratings: TRatingOption[];
  articleHref?: string;
  onClose?: () => void;
};

/** A claim's sheet: what is claimed, by whom, the evidence and the verdict; saved as it is typed. */
export function ClaimSheet({ initial, remoteVersion = 0, who, members, ratings, articleHref, onClose }: Props) {
  const t = useTranslations("sheet");
  const tc = useTranslations("claims");
  const locale = useLocale();
  const editor = useSheetAutosave(initial, remoteVersion);
  const { sheet, draft, edit, fieldErrors } = editor;
  // A retracted claim's sheet is closed (409 on the server): shown read-only.
  const canEdit = !editSheetRefusal(who, sheet);
  const errorOf = (prefix: string) =>
    Object.entries(fieldErrors).find(([key]) => key === prefix || key.startsWith(`${prefix}.`))?.[1];
  const today = new Date().toISOString().slice(0, 10);
  const ratingOf = (key: string) =>
    ratings.find((r) => r.key === key) ?? (sheet.verdict.rating?.key === key ? sheet.verdict.rating : null);
  const memberName = (id: string) => members.find((m) => m.id === id)?.name ?? "";
  const dangling = danglingCitations(draft.rationale, sheet.sources.length);
  const [tab, setTab] = useState<"sheet" | "comments" | "history">("sheet");
  const [openThreads, setOpenThreads] = useState<number | null>(null);
  const [entries, setEntries] = useState<number | null>(null);
  // Opening a claim reads what its notifications were about.
  useEffect(() => void markRead({ claimIds: [initial.id] }), [initial.id]);
  const reviewers = members.filter((m) => mayReview(m.role));
  const checkers = members.filter((m) => mayCheck(m.role));
  // Editors assign anyone who may check; a checker may only take the claim or give it up.
  const current = { assigneeId: sheet.assignee?.id ?? null };
  const mayAssign = (id: string | null) => id === current.assigneeId || !assignRefusal(who, current, id);

  /** A field group as one line of text (for the conflict view and the read-only sheet). */
  function describe(form: TSheetForm, group: TFieldGroup): string {
    switch (group) {
      case "statement":
        return form.statement;
      case "claimant":
        return form.claimantName
          ? [form.claimantName, form.claimantKind && t(`claimantKinds.${form.claimantKind}`), form.claimantRole]
              .filter(Boolean)
              .join(" · ")
          : "";
      case "claimDate":
        return form.claimDate;
      case "appearances":
        return form.appearances.join("\n");
      case "tags":
        return form.tags.join("، ");
      case "checkWorthiness":
        return form.checkWorthiness && t(`worthiness.${form.checkWorthiness}`);
      case "assignee":
        return memberName(form.assigneeId);
      case "reviewer":
        return memberName(form.reviewerId);
      case "rating": {
        const rating = ratingOf(form.ratingKey);
        return rating ? ratingLabel(rating, locale) : "";
      }
      case "conclusion":
        return form.conclusion;
      case "rationale":
        return richTextToPlain(form.rationale);
    }
  }

  return (
    <section
      className="claim-sheet card"
      aria-labelledby="sheet-title"
      data-testid="claim-sheet"
      data-version={sheet.version}
    >
      <header className="sheet-header">
        <h2 id="sheet-title">{t("title")}</h2>
        <span className="status-badge">{tc(`status.${sheet.status}`)}</span>
        {canEdit && <SaveStatus state={editor.state} message={editor.message} onRetry={() => void editor.retry()} />}
        <nav className="sheet-links">
          {articleHref && <Link href={articleHref}>{t("showInArticle")}</Link>}
          {!articleHref && <Link href={`/claims/${sheet.id}`}>{t("ownPage")}</Link>}
          {onClose && (
            <button type="button" className="secondary small" onClick={onClose}>
              {t("backToList")}
            </button>
          )}
        </nav>
      </header>
      <blockquote className="sheet-quote" dir="auto">
        {sheet.selector.exact}
      </blockquote>
      <WorkflowBar sheet={sheet} members={members} onDone={editor.accept} />
      <div role="tablist" className="sheet-tabs" aria-label={t("tabs")}>
        {(["sheet", "comments", "history"] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            onClick={() => setTab(name)}
          >
            {t(`tab.${name}`)}
            {name === "comments" && openThreads !== null && <span className="tab-count"> ({openThreads})</span>}
            {name === "history" && entries !== null && <span className="tab-count"> ({entries})</span>}
          </button>
        ))}
      </div>
      {/* Both panels load with the sheet (hidden until chosen), so their tabs show counts at once. */}
      <div role="tabpanel" id="panel-comments" aria-labelledby="tab-comments" hidden={tab !== "comments"}>
        <CommentsPanel
          claimId={sheet.id}
          userId={who.userId}
          canComment={roleCan(who.role, "writeComments")}
          members={members}
          refreshKey={sheet.version}
          onCount={setOpenThreads}
        />
      </div>
      <div role="tabpanel" id="panel-history" aria-labelledby="tab-history" hidden={tab !== "history"}>
        <HistoryList claimId={sheet.id} refreshKey={sheet.version} onCount={setEntries} />
      </div>
      <div role="tabpanel" id="panel-sheet" aria-labelledby="tab-sheet" hidden={tab !== "sheet"}>
        {editor.recovered && (
          <DraftBanner draft={editor.recovered} onRestore={editor.restore} onDiscard={editor.discard} />
        )}
        {editor.conflict && (
          <ConflictPanel conflict={editor.conflict} mine={draft} describe={describe} onResolve={editor.resolve} />
        )}

        {canEdit ? (
          <div className="sheet-fields">
            <FormField
              name="sheet-statement"
              label={t("fields.statement")}
              error={errorOf("statement")}
              hint={
                codePointLength(draft.statement) > STATEMENT_HINT_LENGTH
                  ? t("statementLong", { count: codePointLength(draft.statement), max: STATEMENT_HINT_LENGTH })
                  : t("statementHint")
              }
            >
              <textarea
                dir="auto"
                rows={2}
                value={draft.statement}
                onChange={(e) => edit({ statement: e.target.value })}
              />
            </FormField>
            <fieldset className="field-group">
              <legend>{t("fields.claimant")}</legend>
              <div className="field-row">
                <FormField
                  name="sheet-claimant-name"
                  label={t("claimantName")}
                  error={errorOf("claimant.name") ?? errorOf("claimant")}
                >
                  <input
                    dir="auto"
                    value={draft.claimantName}
                    onChange={(e) => edit({ claimantName: e.target.value })}
                  />
                </FormField>
                <FormField name="sheet-claimant-kind" label={t("claimantKind")} error={errorOf("claimant.kind")}>
                  <select
                    value={draft.claimantKind || "PERSON"}
                    onChange={(e) => edit({ claimantKind: e.target.value })}
                  >
                    {CLAIMANT_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`claimantKinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                </FormField>
              </div>
              <FormField name="sheet-claimant-role" label={t("claimantRole")} error={errorOf("claimant.role")}>
                <input dir="auto" value={draft.claimantRole} onChange={(e) => edit({ claimantRole: e.target.value })} />
              </FormField>
            </fieldset>
            <div className="field-row">
              <FormField name="sheet-claim-date" label={t("fields.claimDate")} error={errorOf("claimDate")}>
                <input
                  type="date"
                  max={today}
                  value={draft.claimDate}
                  onChange={(e) => edit({ claimDate: e.target.value })}
                />
              </FormField>
              <FormField name="sheet-worthiness" label={t("fields.checkWorthiness")} error={errorOf("checkWorthiness")}>
                <select value={draft.checkWorthiness} onChange={(e) => edit({ checkWorthiness: e.target.value })}>
                  <option value="">{t("notSet")}</option>
                  {WORTHINESS.map((level) => (
                    <option key={level} value={level}>
                      {t(`worthiness.${level}`)}
                    </option>
                  ))}
                </select>
              </FormField>
              <FormField name="sheet-reviewer" label={t("fields.reviewer")} error={errorOf("reviewerId")}>
                <select value={draft.reviewerId} onChange={(e) => edit({ reviewerId: e.target.value })}>
                  <option value="">{t("anyEditor")}</option>
                  {reviewers.map((member) => (
                    <option key={member.id} value={member.id}>
                      {member.name}
                    </option>
                  ))}
                </select>
              </FormField>
              <FormField name="sheet-assignee" label={t("fields.assignee")} error={errorOf("assigneeId")}>
                <select value={draft.assigneeId} onChange={(e) => edit({ assigneeId: e.target.value })}>
                  {mayAssign(null) && <option value="">{t("unassigned")}</option>}
                  {checkers
                    .filter((m) => mayAssign(m.id))
                    .map((member) => (
                      <option key={member.id} value={member.id}>
                        {member.name}
                      </option>
                    ))}
                </select>
              </FormField>
            </div>
            <Appearances
              sheet={sheet}
              urls={draft.appearances}
              onChange={(appearances) => edit({ appearances })}
              errorOf={errorOf}
            />
            <TagInput tags={draft.tags} onChange={(tags) => edit({ tags })} error={errorOf("tags")} />
          </div>
        ) : (
          <dl className="sheet-read">
            {(["statement", "claimant", "claimDate", "tags", "checkWorthiness", "assignee", "reviewer"] as const).map(
              (group) => (
                <div key={group}>
                  <dt>{t(`fields.${group}`)}</dt>
                  <dd dir="auto">{describe(draft, group) || "—"}</dd>
                </div>
              ),
            )}
            <div>
              <dt>{t("fields.appearances")}</dt>
              <dd>
                <ul className="plain-list">
                  {sheet.appearances.map((a) => (
                    <li key={a.url} dir="ltr">
                      <a href={a.url} rel="noopener noreferrer nofollow" target="_blank">
                        {a.url}
                      </a>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          </dl>
        )}

        <SourcesEditor sources={sheet.sources} editable={canEdit} errors={fieldErrors} write={editor.write} />

        <section className="sheet-section verdict" aria-labelledby="sheet-verdict">
          <h3 id="sheet-verdict">{t("verdict")}</h3>
          {canEdit ? (
            <>
              <FormField name="sheet-rating" label={t("fields.rating")} error={errorOf("ratingKey")}>
                <select value={draft.ratingKey} onChange={(e) => edit({ ratingKey: e.target.value })}>
                  <option value="">{t("noRating")}</option>
                  {ratings
                    .filter((r) => !r.retired || r.key === draft.ratingKey)
                    .map((rating) => (
                      <option key={rating.key} value={rating.key}>
                        {ratingLabel(rating, locale)}
                        {rating.retired ? ` (${t("retired")})` : ""}
                      </option>
                    ))}
                </select>
              </FormField>
              <FormField
                name="sheet-conclusion"
                label={t("fields.conclusion")}
                error={errorOf("conclusion")}
                hint={t("conclusionHint")}
              >
                <input dir="auto" value={draft.conclusion} onChange={(e) => edit({ conclusion: e.target.value })} />
              </FormField>
            </>
          ) : (
            <p className="verdict-read">
              {sheet.verdict.rating && <RatingBadge rating={sheet.verdict.rating} retiredLabel={t("retired")} />}{" "}
              <span dir="auto">{sheet.verdict.conclusion ?? t("noVerdict")}</span>
            </p>
          )}
          <p className="field-label" id="sheet-rationale-label">
            {t("fields.rationale")}
          </p>
          <RationaleEditor
            value={draft.rationale}
            editable={canEdit}
            sourceCount={sheet.sources.length}
            onChange={(rationale) => edit({ rationale })}
            labelledBy="sheet-rationale-label"
          />
          {errorOf("rationale") && <p className="field-error">{errorOf("rationale")}</p>}
          {dangling.length > 0 && (
            <p className="field-error">{t("danglingCitations", { list: dangling.map((n) => `[${n}]`).join(" ") })}</p>
          )}
        </section>
      </div>
    </section>
  );
}

type AppearancesProps = {
  sheet: TClaimSheet;
  urls: string[];
  onChange: (urls: string[]) => void;
  errorOf: (prefix: string) => string | undefined;
};

/** Where the claim appeared: the article itself first (not editable), then other links. */
function Appearances({ sheet, urls, onChange, errorOf }: AppearancesProps) {
  const t = useTranslations("sheet");
  const fromArticle = sheet.appearances.find((a) => a.fromArticle);
  return (
    <fieldset className="field-group">
      <legend>{t("fields.appearances")}</legend>
      {fromArticle && (
        <p className="hint" dir="ltr">
          {t("articleAppearance")}: <a href={fromArticle.url}>{fromArticle.url}</a>
        </p>
      )}
      {urls.map((url, i) => (
        <div key={i} className="field">
          <label htmlFor={`sheet-appearance-${i}`}>{t("appearanceN", { n: i + 1 })}</label>
          <span className="input-with-action">
            <input
              id={`sheet-appearance-${i}`}
              type="url"
              dir="ltr"
              value={url}
              aria-invalid={errorOf(`appearances.${i}`) ? true : undefined}
              onChange={(e) => onChange(urls.map((u, j) => (j === i ? e.target.value : u)))}
            />
            <button
              type="button"
              className="secondary small"
              onClick={() => onChange(urls.filter((_, j) => j !== i))}
              aria-label={t("removeAppearance", { n: i + 1 })}
            >
              ×
            </button>
          </span>
          {errorOf(`appearances.${i}`) && <p className="field-error">{errorOf(`appearances.${i}`)}</p>}
        </div>
      ))}
      <button type="button" className="secondary small" onClick={() => onChange([...urls, ""])}>
        {t("addAppearance")}
      </button>
    </fieldset>
  );
}
