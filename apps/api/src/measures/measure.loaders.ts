import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  MeasureAssigneeView,
  MeasureAssigneesService,
  MeasureEvidence,
  MeasureStep,
  MeasuresService,
} from '@prongsai/measures';
import { groupByKeys } from '../graphql/loader-keys';
import { FeatureLoaders, RequestLoadersProvider } from '../graphql/request-loaders';

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    /** Steps of many measures in one query, in order. */
    measureSteps: DataLoader<string, MeasureStep[]>;
    measureEvidence: DataLoader<string, MeasureEvidence[]>;
    measureAssignees: DataLoader<string, MeasureAssigneeView[]>;
  }
}

@RequestLoadersProvider()
@Injectable()
export class MeasureLoaders implements FeatureLoaders<
  'measureSteps' | 'measureEvidence' | 'measureAssignees'
> {
  constructor(
    private readonly measures: MeasuresService,
    private readonly assignees: MeasureAssigneesService,
  ) {}

  create() {
    return {
      measureSteps: new DataLoader<string, MeasureStep[]>(async (measureIds) =>
        groupByKeys(measureIds, await this.measures.stepsOf(measureIds), (s) => s.measureId),
      ),
      measureEvidence: new DataLoader<string, MeasureEvidence[]>(async (measureIds) =>
        groupByKeys(measureIds, await this.measures.evidenceOf(measureIds), (e) => e.measureId),
      ),
      measureAssignees: new DataLoader<string, MeasureAssigneeView[]>(async (measureIds) =>
        groupByKeys(measureIds, await this.assignees.assigneesOf(measureIds), (a) => a.measureId),
      ),
    };
  }
}
