"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { AnnouncerProvider, useAnnounce } from "@/components/reader/announcer";
import { SheetPane } from "@/components/claim-sheet/sheet-pane";
import type { TMember, TRatingOption } from "@/components/claim-sheet/types";
import type { TArticle } from "@/lib/articles/serialize";
import type { TClaim } from "@/lib/claims/serialize";
import { deleteRefusal, moveRefusal, type TWho } from "@/lib/permissions/rules";
import { ChecksPanel } from "@/components/finder/checks-panel";
import { FinderLayer } from "@/components/finder/finder-layer";
import { useFinder } from "@/components/finder/use-finder";
import { useMakeClaim } from "@/components/finder/use-make-claim";
import { ClaimPanel } from "./claim-panel";
import { nextClaimAt, claimsAt, offsetAtPoint } from "./hit-test";
import { SelectionToolbar } from "./selection-toolbar";
import { useClaims } from "./use-claims";
import { useHighlights } from "./use-highlights";
import { useLiveArticle } from "./use-live-article";
import { useTextSelection } from "./use-text-selection";
import { saveArticleText } from "./save-article-text";

// Tiptap is needed only once someone edits the text: the reader itself is server-rendered elements.
const ArticleEditor = dynamic(() => import("@/components/articles/article-editor").then((m) => m.ArticleEditor), {
  ssr: false,
});

/** What the page decided with lib/permissions for this member; per-claim rules are applied here with the same module. */
export type WorkspaceRights = {
  who: TWho;
  canCreate: boolean;
  canEditText: boolean;
};

type Props = {
  article: TArticle;
  initialClaims: TClaim[];
  eventCursor: string;
  names: Record<string, string>;
  members: TMember[];
  rights: WorkspaceRights;
  ratings: TRatingOption[];
  openClaimId: string | null;
  /** The article's text, rendered on the server (components/reader/article-text.tsx). */
  children: React.ReactNode;
};

/** The article URL names the open claim sheet (?claim=…), so a sheet beside its article can be linked. */
function showInUrl(claimId: string | null) {
  const url = new URL(window.location.href);
  if (claimId) url.searchParams.set("claim", claimId);
  else url.searchParams.delete("claim");
  window.history.replaceState(null, "", url);
}

export function ArticleWorkspace(props: Props) {
  return (
    <AnnouncerProvider>
      <Workspace {...props} />
    </AnnouncerProvider>
  );
}

function Workspace({
  article,
  initialClaims,
  eventCursor,
  names,
  members,
  rights,
  ratings,
  openClaimId,
  children,
}: Props) {
  const t = useTranslations("claims");
  const router = useRouter();
  const announce = useAnnounce();
  const body = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(openClaimId);
  const [openId, setOpenId] = useState<string | null>(openClaimId);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const { claims, create, destroy, reattach, upsert, remove, reload } = useClaims(
    article.id,
    initialClaims,
    rights.who.userId,
  );
  // The server-rendered text is already on screen; tools attach to it once hydrated (and again per revision).
  useLayoutEffect(() => {
    setRoot(editing ? null : (body.current?.querySelector<HTMLElement>(".article-text") ?? null));
  }, [editing, article.revision]);
  const { map, painter } = useHighlights(editing ? null : root, article.text, claims, selectedId);
  const [selection, clearSelection] = useTextSelection(rights.canCreate ? map : null);
  const onRevised = useCallback(() => {
    router.refresh();
    void reload();
  }, [router, reload]);
  // The Report section (a server component) follows publications and retractions.
  const onPublicChange = useCallback(() => router.refresh(), [router]);
  const live = useLiveArticle(article.id, eventCursor, { upsert, remove, onRevised, onPublicChange });
  const finder = useFinder(article.id, article.revision);
  // A claim made with a check's explanation opens its sheet, where the note is; an accepted suggestion is selected.
  const makeClaim = useMakeClaim(map, create, (claim, withNote) =>
    withNote ? openSheet(claim) : setSelectedId(claim.id),
  );
  const canDelete = (claim: TClaim) => !deleteRefusal(rights.who, claim);
  const canAttach = (claim: TClaim) => !moveRefusal(rights.who, claim);

  const addClaim = useCallback(async () => {
    if (!selection || !map) return;
    const { start, end } = selection;
    clearSelection();
    const exact = map.index.slice(start, end);
    try {
      const saved = await create({ exact, prefix: "", suffix: "", start, end });
      setSelectedId(saved.id);
    } catch (error) {
      announce(t("failed", { message: (error as Error).message }));
    }
  }, [selection, map, clearSelection, create, t, announce]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.code === "KeyA" && rights.canCreate) {
        event.preventDefault();
        if (selection) void addClaim();
        else announce(t("selectFirst"));
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [addClaim, selection, rights.canCreate, t, announce]);

  function selectFromPanel(claim: TClaim) {
    setSelectedId(claim.id);
    const range = painter.current?.rangeOf(claim.id);
    if (!range) return;
    const rect = range.getBoundingClientRect();
    window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: "smooth" });
    painter.current?.flash(claim.id);
  }

  function openSheet(claim: TClaim | null) {
    setOpenId(claim?.id ?? null);
    showInUrl(claim?.id ?? null);
    if (claim) selectFromPanel(claim);
  }

  function selectFromText(event: React.MouseEvent) {
    if (!map || !document.getSelection()?.isCollapsed) return;
    const offset = offsetAtPoint(map, event.clientX, event.clientY);
    const claim = offset === null ? null : nextClaimAt(claims, offset, selectedId);
    if (!claim) return;
    setSelectedId(claim.id);
    if (openId) return openSheet(claim);
    document.getElementById(`claim-${claim.id}`)?.focus({ preventScroll: false });
  }

  function hover(event: React.MouseEvent) {
    if (!map) return;
    const offset = offsetAtPoint(map, event.clientX, event.clientY);
    setHoveredId((offset === null ? null : claimsAt(claims, offset)[0]?.id) ?? null);
  }

  async function attach(claim: TClaim) {
    if (!selection) return announce(t("selectFirst"));
    clearSelection();
    await reattach(claim.id, selection.start, selection.end).catch((error: Error) =>
      announce(t("failed", { message: error.message })),
    );
  }

  async function saveText(content: { text: string; headings: number[] }) {
    const result = await saveArticleText(article.id, article.revision, content).catch((error: Error) => {
      announce(error.message);
      return null;
    });
    if (!result) return;
    announce(
      t("revised", { revision: result.article.revision, reanchored: result.reanchored, orphaned: result.orphaned }),
    );
    setEditing(false);
    router.refresh();
    await reload();
  }

  return (
    <div className={`annotate-layout${openId ? " with-sheet" : ""}`}>
      <div className={`article-column${hoveredId ? " over-claim" : ""}`} onClick={selectFromText} onMouseMove={hover}>
        {rights.canEditText && !editing && (
          <button type="button" className="secondary small edit-text" onClick={() => setEditing(true)}>
            {t("editText")}
          </button>
        )}
        {editing ? (
          <ArticleEditor {...article} onSave={saveText} onCancel={() => setEditing(false)} />
        ) : (
          <div
            key={article.revision}
            ref={body}
            className="article-body"
            lang={article.language}
            dir={article.direction}
            data-testid="article-body"
            data-tools={map ? "ready" : undefined}
          >
            {children}
          </div>
        )}
        {rights.canCreate && !editing && <SelectionToolbar selection={selection} onAdd={addClaim} />}
        {map && !editing && (
          <FinderLayer finder={finder} map={map} claims={claims} canAct={rights.canCreate} onMakeClaim={makeClaim} />
        )}
      </div>
      {openId ? (
        <SheetPane
          claimId={openId}
          remoteVersion={claims.find((c) => c.id === openId)?.version ?? 0}
          who={rights.who}
          members={members}
          ratings={ratings}
          onClose={() => openSheet(null)}
        />
      ) : (
        <ClaimPanel
          claims={claims}
          selectedId={selectedId}
          hoveredId={hoveredId}
          live={live}
          names={names}
          canDelete={canDelete}
          canAttach={canAttach}
          onSelect={selectFromPanel}
          onDelete={(claim) => destroy(claim).catch((error: Error) => announce(error.message))}
          onAttach={attach}
          onOpen={openSheet}
        >
          <ChecksPanel finder={finder} map={map} canAct={rights.canCreate} onMakeClaim={makeClaim} />
        </ClaimPanel>
      )}
    </div>
  );
}
