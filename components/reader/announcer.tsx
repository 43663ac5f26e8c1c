"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";

type Announce = (message: string) => void;
const AnnouncerContext = createContext<Announce>(() => {});

/** What the reader says: every state change of the annotation workspace goes through `useAnnounce()`. */
export const useAnnounce = () => useContext(AnnouncerContext);

// Long enough to read a sentence; the words stay in the region (visually hidden) for screen readers.
const VISIBLE_MS = 8000;

/**
 * The workspace's one aria-live region, shown as a small status line at the bottom of the screen (fixed,
 * so a message never moves the article's text). A repeated message is still spoken: each one is a new node.
 */
export function AnnouncerProvider({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = useState<{ text: string; serial: number; visible: boolean } | null>(null);
  const serial = useRef(0);
  const announce = useCallback<Announce>((text) => {
    setMessage({ text, serial: ++serial.current, visible: true });
  }, []);
  useEffect(() => {
    if (!message?.visible) return;
    const timer = setTimeout(() => setMessage((m) => m && { ...m, visible: false }), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div
        className={`announcer${message?.visible ? " shown" : ""}`}
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="announcer"
      >
        {message && <span key={message.serial}>{message.text}</span>}
      </div>
    </AnnouncerContext.Provider>
  );
}
