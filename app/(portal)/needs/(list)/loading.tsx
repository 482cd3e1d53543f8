import { PageSkeleton } from "@/components/loading/page-skeleton";

export default function Loading() {
  return <PageSkeleton shape="list" />;
}
