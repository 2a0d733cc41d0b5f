import type { GroupFigures } from './survey-results';
import type { WaveResults } from './survey.service';
import type { PulseSurveyResultsView, SurveyGroupResultsView } from './survey.types';

/** Why a group's figures are not shown, or null when they are. */
export const withheldNote = (group: { tooFew: boolean; withheld: boolean }, minimumGroupSize: number): string | null =>
  group.tooFew
    ? `Fewer than ${minimumGroupSize} responses`
    : group.withheld
      ? 'Hidden so that a smaller group cannot be worked out from the others'
      : null;

/**
 * A wave's results as people read them, named and with the reason a group is withheld: the API
 * and the board report show the same thing.
 */
export function resultsView(results: WaveResults): PulseSurveyResultsView {
  const view = (group: GroupFigures, name: string): SurveyGroupResultsView => ({
    ...group,
    name,
    note: withheldNote(group, results.minimumGroupSize),
  });
  return {
    wave: results.wave,
    previousWave: results.previousWave,
    minimumGroupSize: results.minimumGroupSize,
    statements: results.statements,
    overall: view(results.overall, 'Everyone'),
    groups: results.groups
      .map((group) => view(group, results.names.get(group.key) ?? 'Unknown'))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
