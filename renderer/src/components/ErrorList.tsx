/** Problems to show the person, one per line, announced as they appear. */
export function ErrorList({ errors }: { errors: readonly string[] }) {
  return (
    <div role="alert" className="error">
      {errors.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </div>
  );
}
