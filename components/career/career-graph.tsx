"use client";
// The roles as a graph (@xyflow/react), laid out on the server by ELK: the
// ladder upward, bridges sideways, feeder professions leading in from below.
// Each role is a link to its entry in the list beside it, which says the same
// in text: the list is what a screen reader or a keyboard walks through; the
// graph is a picture of it that can also be tabbed through.
import "@xyflow/react/dist/style.css";
import { Background, Controls, Handle, MarkerType, Position, ReactFlow, type Edge, type Node, type NodeProps } from "@xyflow/react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { CareerMapView } from "@/lib/views/career";

type RoleData = { label: string; fit: number | null; here: boolean; target: boolean; reachable: boolean; slug: string };
type RoleNodeType = Node<RoleData, "role">;

const NODE_TYPES = { role: RoleNode };

function RoleNode({ data }: NodeProps<RoleNodeType>) {
  const t = useTranslations("career");
  const tone = data.here
    ? "border-brand-700 bg-brand-50 ring-2 ring-brand-600"
    : data.target
      ? "border-amber-600 bg-amber-50"
      : data.reachable
        ? "border-slate-400 bg-white"
        : "border-slate-200 bg-slate-50 text-slate-600";
  return (
    <a href={`#role-${data.slug}`} className={`flex h-[72px] w-[200px] flex-col justify-center rounded-md border px-3 text-left text-sm no-underline shadow-sm ${tone}`}>
      {/* An edge leaves and enters by the side facing the other role: a handle of each kind on each side. */}
      {(["target", "source"] as const).flatMap((type) => [
        ...[Position.Top, Position.Bottom, Position.Left, Position.Right].map((side) => (
          <Handle key={`${type[0]}-${side}`} id={`${type[0]}-${side}`} type={type} position={side} className="!opacity-0" isConnectable={false} />
        )),
        // An arc over the row leaves and lands off the middle of the top, clear of the ladder's edges there.
        ...(["25%", "75%"] as const).map((left) => (
          <Handle key={`${type[0]}-arc-${left}`} id={`${type[0]}-arc-${left}`} type={type} position={Position.Top} style={{ left }} className="!opacity-0" isConnectable={false} />
        )),
      ])}
      <span className="truncate font-medium text-slate-900">{data.label}</span>
      <span className="text-xs text-slate-700">
        {data.here ? `${t("graph.here")} · ` : data.target ? `${t("graph.target")} · ` : ""}
        {data.fit === null ? t("fit.none") : t("fit.short", { fit: data.fit })}
      </span>
    </a>
  );
}

export function CareerGraph({ map }: { map: CareerMapView }) {
  const t = useTranslations("career");
  const { nodes, edges, focus } = useMemo(() => {
    const at = new Map(map.roles.map((r) => [r.id, r]));
    const nodes: RoleNodeType[] = map.roles.map((r) => ({
      id: r.id,
      type: "role",
      position: { x: r.x, y: r.y },
      data: {
        label: r.label,
        fit: r.fit,
        slug: r.slug,
        here: map.here?.roleId === r.id,
        target: map.targetRoleId === r.id,
        reachable: r.step !== null,
      },
      draggable: false,
      connectable: false,
      ariaLabel: r.label,
    }));
    const edges: Edge[] = map.edges.map((e) => {
      const from = at.get(e.from)!;
      const to = at.get(e.to)!;
      // Same row: sideways between neighbours, from the facing sides; past other roles of the row, an arc over them
      // (higher the more roles it passes, so arcs do not run into one another); otherwise from the top of the lower
      // role to the bottom of the upper.
      const sameRow = from.y === to.y;
      const passed = sameRow ? map.roles.filter((r) => r.y === from.y && r.x > Math.min(from.x, to.x) && r.x < Math.max(from.x, to.x)).length : 0;
      const side = sameRow && passed === 0;
      const rightward = from.x < to.x;
      const sourceHandle = side ? (rightward ? "s-right" : "s-left") : sameRow ? `s-arc-${rightward ? 75 : 25}%` : from.y > to.y ? "s-top" : "s-bottom";
      const targetHandle = side ? (rightward ? "t-left" : "t-right") : sameRow ? `t-arc-${rightward ? 25 : 75}%` : from.y > to.y ? "t-bottom" : "t-top";
      return {
        ...(passed > 0 ? { pathOptions: { offset: 10 + 12 * passed } } : {}),
        id: `${e.from}>${e.to}`,
        source: e.from,
        target: e.to,
        sourceHandle,
        targetHandle,
        type: "smoothstep",
        animated: map.here?.roleId === e.from,
        style: { stroke: e.kind === "VERTICAL" ? "#1d4ed8" : "#b45309", strokeWidth: 1.5, strokeDasharray: e.kind === "VERTICAL" ? undefined : "6 4" },
        markerEnd: { type: MarkerType.ArrowClosed, color: e.kind === "VERTICAL" ? "#1d4ed8" : "#b45309" },
      };
    });
    // On a phone the whole map is too small to read: it opens on "you are here" and its next steps (pan or zoom out for the rest).
    const focus = map.here ? [map.here.roleId, ...map.roles.filter((r) => r.step?.distance === 1).map((r) => r.id)] : [];
    return { nodes, edges, focus };
  }, [map]);

  return (
    <div className="h-[420px] w-full overflow-hidden rounded-lg border border-slate-200 bg-white md:h-[560px]" aria-label={t("graph.label")} role="group">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        fitView
        onInit={(flow) => {
          if (focus.length > 0 && window.matchMedia("(max-width: 639px)").matches) void flow.fitView({ nodes: focus.map((id) => ({ id })), padding: 0.15 });
        }}
        fitViewOptions={{ padding: 0.08 }}
        minZoom={0.2}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        ariaLabelConfig={{ "controls.ariaLabel": t("graph.controls"), "controls.zoomIn.ariaLabel": t("graph.zoomIn"), "controls.zoomOut.ariaLabel": t("graph.zoomOut"), "controls.fitView.ariaLabel": t("graph.fitView") }}
      >
        <Background gap={24} color="#e2e8f0" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
