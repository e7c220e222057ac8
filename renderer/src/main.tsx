import '@mantine/core/styles.css';
import { Autocomplete, MantineProvider, MultiSelect, Select, createTheme } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { foldFilter } from './components/foldFilter';

// Every searchable drop-down folds as search does ("muong cha" finds "Mường Chà"): components/foldFilter.ts.
const folding = { defaultProps: { filter: foldFilter } };
const theme = createTheme({
  primaryColor: 'indigo', defaultRadius: 'sm',
  components: { Select: Select.extend(folding), MultiSelect: MultiSelect.extend(folding), Autocomplete: Autocomplete.extend(folding) },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <App />
    </MantineProvider>
  </StrictMode>,
);
