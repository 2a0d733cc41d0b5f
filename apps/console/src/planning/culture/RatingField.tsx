import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useId } from 'react';

/**
 * One question answered on a scale of 1 to 5, as a group of labelled radio buttons: a fieldset
 * whose legend is the question, so screen readers read both, and keyboard arrows move along it.
 */
export const RatingField = ({
  label,
  value,
  onChange,
  words,
}: {
  label: string;
  value: number | null;
  onChange: (value: number) => void;
  /** What 1 to 5 mean, lowest first. */
  words: readonly [string, string, string, string, string];
}) => {
  const id = useId();
  return (
    <FormControl component="fieldset" sx={{ mb: 2, display: 'block' }}>
      <FormLabel component="legend" id={id} sx={{ color: 'text.primary', mb: 0.5 }}>
        {label}
      </FormLabel>
      <RadioGroup
        row
        aria-labelledby={id}
        value={value === null ? '' : String(value)}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {words.map((word, i) => (
          <FormControlLabel key={word} value={String(i + 1)} control={<Radio />} label={`${i + 1} ${word}`} />
        ))}
      </RadioGroup>
    </FormControl>
  );
};

export const REACTION_WORDS = ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'] as const;
export const USEFUL_WORDS = ['Not useful', 'A little', 'Somewhat', 'Useful', 'Very useful'] as const;
export const CONFIDENCE_WORDS = ['Not confident', 'A little', 'Somewhat', 'Confident', 'Very confident'] as const;
export const AGREEMENT_WORDS = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] as const;
