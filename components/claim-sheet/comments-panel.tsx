"use client";

import { useFormatter, useNow, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { callApi } from "@/lib/api/client";
import { REVIEW_API } from "@/lib/api/endpoints/review";
import { textDirection } from "@/lib/comments/direction";
import type { TCommentThread } from "@/lib/comments/schemas";
import type { TComment } from "@/lib/comments/serialize";
import { CommentBox } from "./comment-box";
import type { TMember } from "./types";

type TThread = TCommentThread;
type Props = {
  claimId: string;
  userId: string;
  canComment: boolean;
  members: TMember[];
  refreshKey: number;
  onCount: (open: number) => void;
};

async function fetchThreads(claimId: string): Promise<TThread[] | null> {
  const result = await callApi(REVIEW_API.comments, { params: { id: claimId } });
  return result.ok ? result.data.threads : null;
}

/** The claim's discussion: threads with replies, edit your own, resolve / reopen, @mentions notify. */
export function CommentsPanel({ claimId, userId, canComment, members, refreshKey, onCount }: Props) {
  const t = useTranslations("comments");
  const [threads, setThreads] = useState<TThread[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const show = useCallback(
    (list: TThread[] | null) => {
      if (!list) return setError(t("loadFailed"));
      setThreads(list);
      onCount(list.filter((thread) => !thread.resolvedAt).length);
    },
    [t, onCount],
  );
  const load = useCallback(async () => show(await fetchThreads(claimId)), [claimId, show]);

  useEffect(() => {
    let cancelled = false;
    fetchThreads(claimId).then((list) => !cancelled && show(list));
    return () => {
      cancelled = true;
    };
  }, [claimId, show, refreshKey]);

  async function settle(sent: Promise<{ ok: boolean; failure?: { message: string } }>) {
    setError(null);
    const result = await sent;
    if (!result.ok) {
      setError(result.failure?.message || t("sendFailed"));
      return false;
    }
    await load();
    return true;
  }
  const post = (body: { body: string; parentId?: string }) =>
    settle(callApi(REVIEW_API.comment, { params: { id: claimId }, body }));
  const patch = (commentId: string, body: { body?: string; resolved?: boolean }) =>
    settle(callApi(REVIEW_API.updateComment, { params: { id: claimId, commentId }, body }));

  return (
    <section className="comments" aria-label={t("label")} data-testid="comments">
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {threads?.length === 0 && <p className="hint">{t("none")}</p>}
      <ol className="threads">
        {threads?.map((thread) => (
          <li key={thread.id} className={`thread${thread.resolvedAt ? " resolved" : ""}`} data-comment-id={thread.id}>
            <Comment
              comment={thread}
              mine={thread.author.id === userId}
              members={members}
              onEdit={(body) => patch(thread.id, { body })}
            />
            {thread.replies.length > 0 && (
              <ol className="replies">
                {thread.replies.map((reply) => (
                  <li key={reply.id} data-comment-id={reply.id}>
                    <Comment
                      comment={reply}
                      mine={reply.author.id === userId}
                      members={members}
                      onEdit={(body) => patch(reply.id, { body })}
                    />
                  </li>
                ))}
              </ol>
            )}
            {canComment && (
              <div className="thread-actions">
                {!thread.resolvedAt && (
                  <CommentBox
                    label={t("reply")}
                    members={members}
                    submitLabel={t("sendReply")}
                    onSubmit={(body) => post({ body, parentId: thread.id })}
                  />
                )}
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => void patch(thread.id, { resolved: !thread.resolvedAt })}
                >
                  {thread.resolvedAt ? t("reopen") : t("resolve")}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {canComment && (
        <CommentBox label={t("new")} members={members} submitLabel={t("send")} onSubmit={(body) => post({ body })} />
      )}
    </section>
  );
}

function Comment({
  comment,
  mine,
  members,
  onEdit,
}: {
  comment: TComment;
  mine: boolean;
  members: TMember[];
  onEdit: (body: string) => Promise<boolean>;
}) {
  const t = useTranslations("comments");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <CommentBox
        label={t("edit")}
        initial={comment.body}
        members={members}
        submitLabel={t("save")}
        onCancel={() => setEditing(false)}
        onSubmit={async (body) => {
          const saved = await onEdit(body);
          if (saved) setEditing(false);
          return saved;
        }}
      />
    );
  return (
    <article className="comment">
      <p className="comment-meta">
        <strong>{comment.author.name ?? t("formerMember")}</strong>{" "}
        <time dateTime={comment.createdAt} suppressHydrationWarning>
          {format.relativeTime(new Date(comment.createdAt), now)}
        </time>
        {comment.editedAt && <span className="hint"> · {t("edited")}</span>}
        {comment.resolvedAt && <span className="hint"> · {t("resolved")}</span>}
      </p>
      {comment.selector && (
        <blockquote className="comment-quote" dir="auto">
          {(comment.selector as { exact?: string }).exact}
        </blockquote>
      )}
      <p className="comment-body" dir={textDirection(comment.body)}>
        {comment.body}
      </p>
      {mine && (
        <button type="button" className="secondary small" onClick={() => setEditing(true)}>
          {t("edit")}
        </button>
      )}
    </article>
  );
}
