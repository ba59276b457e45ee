import type { Resource, UiLocale } from '@recovery-circles/core';
import { FINDER } from '../i18n/finder.js';
import { savedFrom } from '../lib/resource-info.js';
import type { PlanCircle } from '../plan/plan-model.js';
import { savePlan, usePlan, withoutResource, withResource } from '../plan/plan-store.js';

/** Saves a resource into the visitor's plan in this browser, or takes it out again. */
export function SaveButton({
  resource,
  circle,
  locale,
  describedBy,
}: {
  resource: Resource;
  circle: PlanCircle;
  locale: UiLocale;
  /** The id of the element that names the resource, so the button is not ambiguous. */
  describedBy?: string;
}) {
  const f = FINDER[locale];
  const plan = usePlan();
  const saved = plan.resources.some((r) => r.id === resource.id);
  const toggle = () =>
    savePlan(
      saved
        ? withoutResource(plan, resource.id)
        : withResource(plan, savedFrom(resource, circle, new Date())),
    );
  return (
    <button
      type="button"
      className={saved ? 'button button--saved' : 'button button--secondary'}
      aria-pressed={saved}
      aria-describedby={describedBy}
      onClick={toggle}
    >
      {saved ? `✓ ${f.saved}` : f.save}
    </button>
  );
}
