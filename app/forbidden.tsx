import { StatusMessage } from "@/components/layout/status-message";

export default function Forbidden() {
  return <StatusMessage namespace="common.forbidden" />;
}
