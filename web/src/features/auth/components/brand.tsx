/** The ClinicFlow mark above the signed-out forms. */
export function Brand() {
  return (
    <div className="brand brand--large">
      <span className="brand__mark" aria-hidden="true">
        +
      </span>
      ClinicFlow
    </div>
  );
}
