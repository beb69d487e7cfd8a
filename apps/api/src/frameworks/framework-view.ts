import {
  FrameworkDefinition,
  FrameworkStatus,
  FrameworkVersion,
  PublishedFramework,
  UNCONFIRMED_FRAMEWORK_NOTICE_TH,
} from '@prongsai/frameworks';
import { FrameworkModel } from './models/framework.model';

/** Bands end where the next higher one starts (0.01 below); the highest at 100. */
function withMax(definition: FrameworkDefinition): FrameworkModel['gradeBands'] {
  return definition.gradeBands.map((band, i) => {
    const higher = definition.gradeBands[i - 1];
    return { ...band, max: band.max ?? (higher ? Number((higher.min - 0.01).toFixed(2)) : 100) };
  });
}

/** A definition with what says which version it is and whether the NACC's framework was confirmed. */
export function frameworkView(
  definition: FrameworkDefinition,
  meta: Pick<PublishedFramework, 'versionId' | 'revision' | 'source' | 'confirmedByNacc' | 'note'> & {
    status: FrameworkStatus;
  },
): FrameworkModel {
  return {
    ...definition,
    assumptions: [...definition.assumptions],
    tools: [...definition.tools],
    indicators: [...definition.indicators],
    oitSubIndicators: [...definition.oitSubIndicators],
    oitItems: [...definition.oitItems],
    gradeBands: withMax(definition),
    versionId: meta.versionId,
    revision: meta.revision,
    status: meta.status,
    source: meta.source,
    confirmedByNacc: meta.confirmedByNacc,
    noticeTh: meta.confirmedByNacc ? null : UNCONFIRMED_FRAMEWORK_NOTICE_TH,
    note: meta.note,
  };
}

export function publishedView(published: PublishedFramework): FrameworkModel {
  return frameworkView(published.definition, { ...published, status: FrameworkStatus.PUBLISHED });
}

export function versionView(version: FrameworkVersion): FrameworkModel {
  return frameworkView(version.definition, { ...version, versionId: version.id });
}
