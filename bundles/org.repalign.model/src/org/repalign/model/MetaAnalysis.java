/**
 * RepAlign
 */
package org.repalign.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meta Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ridge regression of alignment on model properties.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.MetaAnalysis#getLambdas <em>Lambdas</em>}</li>
 *   <li>{@link org.repalign.model.MetaAnalysis#getPreprocessing <em>Preprocessing</em>}</li>
 * </ul>
 *
 * @see org.repalign.model.ExperimentPackage#getMetaAnalysis()
 * @model
 * @generated
 */
public interface MetaAnalysis extends Analysis {
	/**
	 * Returns the value of the '<em><b>Lambdas</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ridge penalties; empty means 0.1, 1 and 10.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lambdas</em>' attribute list.
	 * @see org.repalign.model.ExperimentPackage#getMetaAnalysis_Lambdas()
	 * @model
	 * @generated
	 */
	EList<Double> getLambdas();

	/**
	 * Returns the value of the '<em><b>Preprocessing</b></em>' attribute.
	 * The default value is <code>"centered"</code>.
	 * The literals are from the enumeration {@link org.repalign.model.PreprocessingMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preprocessing</em>' attribute.
	 * @see org.repalign.model.PreprocessingMode
	 * @see #setPreprocessing(PreprocessingMode)
	 * @see org.repalign.model.ExperimentPackage#getMetaAnalysis_Preprocessing()
	 * @model default="centered"
	 * @generated
	 */
	PreprocessingMode getPreprocessing();

	/**
	 * Sets the value of the '{@link org.repalign.model.MetaAnalysis#getPreprocessing <em>Preprocessing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preprocessing</em>' attribute.
	 * @see org.repalign.model.PreprocessingMode
	 * @see #getPreprocessing()
	 * @generated
	 */
	void setPreprocessing(PreprocessingMode value);

} // MetaAnalysis
