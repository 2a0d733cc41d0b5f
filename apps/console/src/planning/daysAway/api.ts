import { gql } from '@apollo/client';
import { useQuery } from '@tanstack/react-query';
import { mutate } from '../../skills/frameworks/api';
import { read } from '../../skills/gaps/client';

export interface DayAway {
  id: string;
  trainerId: string;
  startsOn: string;
  endsOn: string;
  reason: string | null;
}

export interface Trainer {
  id: string;
  name: string;
}

const DAYS_AWAY = gql`
  query TrainerDaysAway {
    schedulingTrainers {
      id
      name
    }
    trainerDaysAway {
      id
      trainerId
      startsOn
      endsOn
      reason
    }
  }
`;
const ADD = gql`
  mutation AddTrainerDayAway($input: AddTrainerDayAwayInput!) {
    addTrainerDayAway(input: $input) {
      id
    }
  }
`;
const REMOVE = gql`
  mutation RemoveTrainerDayAway($id: ID!) {
    removeTrainerDayAway(id: $id)
  }
`;

export const DAYS_AWAY_KEY = ['trainerDaysAway'];

/** The trainers the signed-in user keeps days away for (all for a lead, themselves for a trainer), and those days. */
export const useDaysAway = () =>
  useQuery({
    queryKey: DAYS_AWAY_KEY,
    queryFn: () => read<{ schedulingTrainers: Trainer[]; trainerDaysAway: DayAway[] }>(DAYS_AWAY),
  });

export const addDayAway = (input: { trainerId: string; startsOn: string; endsOn: string; reason: string }) =>
  mutate(ADD, { input: { ...input, reason: input.reason.trim() || null } });
export const removeDayAway = (id: string) => mutate(REMOVE, { id });
