import { MessagePage } from "@/components/layout/message-page";

export default function Forbidden() {
  return <MessagePage namespace="forbidden" />;
}
