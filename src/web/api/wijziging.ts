import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * A change through the API; once it succeeds everything under the query key `sleutel` is
 * read again (and the mutation waits for that, so the page shows the new state at once).
 */
export function useWijziging<I, O>(sleutel: string, werk: (invoer: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: werk,
    onSuccess: () => client.invalidateQueries({ queryKey: [sleutel] }),
  });
}
