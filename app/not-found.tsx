import { StatusMessage } from "@/components/layout/status-message";

export default function NotFound() {
  return <StatusMessage namespace="common.notFound" />;
}
